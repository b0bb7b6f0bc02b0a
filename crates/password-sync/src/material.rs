//! Credential material derived once per password change.
//!
//! - the directory's own verifier: argon2id, PHC string;
//! - Linux: sha512-crypt `$6$rounds=N$salt$hash` (shadow format);
//! - macOS: ShadowHashData `SALTED-SHA512-PBKDF2` (128-byte entropy, 32-byte salt);
//! - Windows: NT hash, MD4 of UTF-16LE. It is password-equivalent.
//!
//! Every type here redacts itself in `Debug` and zeroizes on drop, so
//! material cannot reach a log by accident; reading it takes an explicit
//! `expose_*` call.

use std::fmt;

use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use base64::Engine as _;
use md4::{Digest as _, Md4};
use rand::{Rng, RngCore};
use serde::{Deserialize, Serialize};
use sha2::Sha512;
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::PasswordSyncError;

/// Hash parameters, configurable per deployment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HashParams {
    /// argon2id memory in KiB (OWASP: 19 MiB = 19456).
    pub argon2_m_kib: u32,
    /// argon2id iterations (OWASP: 2).
    pub argon2_t: u32,
    /// argon2id parallelism (OWASP: 1).
    pub argon2_p: u32,
    /// sha512-crypt rounds (glibc default 5000; 1000..=999999999).
    pub sha512_crypt_rounds: u32,
    /// macOS PBKDF2 iterations (at least 20,000).
    pub macos_iterations: u32,
}

impl Default for HashParams {
    fn default() -> Self {
        HashParams {
            argon2_m_kib: 19 * 1024,
            argon2_t: 2,
            argon2_p: 1,
            sha512_crypt_rounds: 5000,
            macos_iterations: 20_000,
        }
    }
}

impl HashParams {
    /// Cheap parameters for tests and examples only: never use in production.
    pub fn insecure_fast_for_tests() -> Self {
        HashParams {
            argon2_m_kib: 64,
            argon2_t: 1,
            argon2_p: 1,
            sha512_crypt_rounds: 1000,
            macos_iterations: 20_000,
        }
    }

    fn argon2(&self) -> Result<Argon2<'static>, PasswordSyncError> {
        let params = Params::new(self.argon2_m_kib, self.argon2_t, self.argon2_p, None)
            .map_err(|e| PasswordSyncError::Params(format!("argon2: {e}")))?;
        Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
    }

    /// Checks every parameter's range.
    pub fn validate(&self) -> Result<(), PasswordSyncError> {
        self.argon2()?;
        sha_crypt::Sha512Params::new(self.sha512_crypt_rounds as usize)
            .map_err(|e| PasswordSyncError::Params(format!("sha512-crypt rounds: {e:?}")))?;
        if self.macos_iterations < 20_000 {
            return Err(PasswordSyncError::Params(
                "macOS PBKDF2 iterations must be at least 20000".into(),
            ));
        }
        Ok(())
    }
}

/// The directory's own verifier: an argon2id PHC string (not secret the way
/// the device hashes are, but still never logged).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct Verifier(String);

impl Verifier {
    /// Wraps a stored PHC string.
    pub fn from_phc(s: String) -> Self {
        Verifier(s)
    }
    /// The PHC string, for storage.
    pub fn expose_phc(&self) -> &str {
        &self.0
    }
}

/// A Linux shadow hash `$6$rounds=N$salt$hash`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct ShadowHash(String);

impl ShadowHash {
    /// Wraps a stored shadow string.
    pub fn from_shadow(s: String) -> Self {
        ShadowHash(s)
    }
    /// The shadow field, for `chpasswd -e`.
    pub fn expose_shadow(&self) -> &str {
        &self.0
    }
}

/// macOS ShadowHashData `SALTED-SHA512-PBKDF2`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct MacShadowHash {
    /// PBKDF2-HMAC-SHA512 output, 128 bytes, base64.
    entropy: String,
    /// 32 random bytes, base64.
    salt: String,
    /// Iteration count.
    #[zeroize(skip)]
    iterations: u32,
}

impl MacShadowHash {
    /// (entropy, salt, iterations), decoded.
    pub fn expose(&self) -> Result<(Vec<u8>, Vec<u8>, u32), PasswordSyncError> {
        let b64 = base64::engine::general_purpose::STANDARD;
        let e = b64
            .decode(&self.entropy)
            .map_err(|e| PasswordSyncError::Hash(format!("entropy: {e}")))?;
        let s = b64
            .decode(&self.salt)
            .map_err(|e| PasswordSyncError::Hash(format!("salt: {e}")))?;
        Ok((e, s, self.iterations))
    }

    /// The iteration count.
    pub fn iterations(&self) -> u32 {
        self.iterations
    }

    /// Builds the value from its parts (e.g. read back from a device).
    pub fn from_parts(entropy: &[u8], salt: &[u8], iterations: u32) -> Self {
        let b64 = base64::engine::general_purpose::STANDARD;
        MacShadowHash {
            entropy: b64.encode(entropy),
            salt: b64.encode(salt),
            iterations,
        }
    }

    /// Whether `password` produces this hash (constant-time comparison).
    pub fn verify(&self, password: &str) -> bool {
        let Ok((entropy, salt, iterations)) = self.expose() else {
            return false;
        };
        let mut out = Zeroizing::new([0u8; 128]);
        pbkdf2::pbkdf2_hmac::<Sha512>(password.as_bytes(), &salt, iterations, out.as_mut());
        subtle::ConstantTimeEq::ct_eq(out.as_slice(), entropy.as_slice()).into()
    }
}

/// A Windows NT hash. Password-equivalent: whoever holds it can log in.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct NtHash(String);

impl NtHash {
    /// The hash in lower-case hex.
    pub fn expose_hex(&self) -> &str {
        &self.0
    }
    /// Wraps a stored hex hash.
    pub fn from_hex(s: String) -> Self {
        NtHash(s)
    }
    /// Whether `password` produces this hash (constant-time comparison).
    pub fn verify(&self, password: &str) -> bool {
        let other = nt_hash(password);
        subtle::ConstantTimeEq::ct_eq(self.0.as_bytes(), other.0.as_bytes()).into()
    }
}

macro_rules! redacted_debug {
    ($($t:ty),*) => {$(
        impl fmt::Debug for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(concat!(stringify!($t), "([redacted])"))
            }
        }
    )*};
}
redacted_debug!(
    Verifier,
    ShadowHash,
    MacShadowHash,
    NtHash,
    CredentialMaterial
);

/// The device platforms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Platform {
    /// macOS.
    Macos,
    /// Windows.
    Windows,
    /// Linux.
    Linux,
}

impl Platform {
    /// The lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Macos => "macos",
            Platform::Windows => "windows",
            Platform::Linux => "linux",
        }
    }
    /// Parses a lower-case name.
    pub fn parse(s: &str) -> Option<Platform> {
        match s.to_ascii_lowercase().as_str() {
            "macos" | "mac" | "darwin" => Some(Platform::Macos),
            "windows" | "win" => Some(Platform::Windows),
            "linux" => Some(Platform::Linux),
            _ => None,
        }
    }
}

/// Everything derived from one plaintext.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CredentialMaterial {
    /// argon2id verifier for the directory.
    pub verifier: Verifier,
    /// Linux shadow hash.
    pub linux: ShadowHash,
    /// macOS ShadowHashData.
    pub macos: MacShadowHash,
    /// Windows NT hash.
    pub windows: NtHash,
}

/// What one platform receives.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "format", rename_all = "kebab-case")]
pub enum DeviceMaterial {
    /// `sha512-crypt`: a shadow field.
    Sha512Crypt {
        /// `$6$rounds=N$salt$hash`.
        shadow: ShadowHash,
    },
    /// `salted-sha512-pbkdf2`: macOS ShadowHashData.
    SaltedSha512Pbkdf2 {
        /// The hash.
        hash: MacShadowHash,
    },
    /// `nt-hash`: Windows.
    NtHash {
        /// The hash.
        hash: NtHash,
    },
}

impl fmt::Debug for DeviceMaterial {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DeviceMaterial([redacted])")
    }
}

impl CredentialMaterial {
    /// The material a device of `platform` receives.
    pub fn for_platform(&self, platform: Platform) -> DeviceMaterial {
        match platform {
            Platform::Linux => DeviceMaterial::Sha512Crypt {
                shadow: self.linux.clone(),
            },
            Platform::Macos => DeviceMaterial::SaltedSha512Pbkdf2 {
                hash: self.macos.clone(),
            },
            Platform::Windows => DeviceMaterial::NtHash {
                hash: self.windows.clone(),
            },
        }
    }
}

/// argon2id working memory (`m_cost` KiB of blocks), reusable across
/// derivations.
///
/// argon2 needs `m_cost` KiB per derivation (19 MiB by default). Allocating
/// it each time costs a page fault per 4 KiB and leaves the allocator to
/// decide when the freed memory goes back to the OS: under steady password
/// traffic the resident size then wanders by one block set per thread. A
/// thread that derives many times (a hash pool worker) keeps one
/// `HashMemory` instead: its resident size is fixed once it has hashed, and
/// [`HashMemory::release`] gives it back when idle.
///
/// The blocks are zeroized after every use, so no argon2 state outlives the
/// derivation that produced it.
#[derive(Default)]
pub struct HashMemory {
    blocks: Vec<Block>,
}

impl HashMemory {
    /// Empty: the first derivation allocates.
    pub fn new() -> Self {
        HashMemory::default()
    }

    /// KiB held (argon2 blocks are 1 KiB each).
    pub fn held_kib(&self) -> usize {
        self.blocks.len() * Block::SIZE / 1024
    }

    /// Frees the blocks; the next derivation allocates again.
    pub fn release(&mut self) {
        self.blocks = Vec::new();
    }

    /// Runs argon2 over `count` blocks of this memory, then zeroizes them.
    fn with_blocks<T>(&mut self, count: usize, f: impl FnOnce(&mut [Block]) -> T) -> T {
        if self.blocks.len() < count {
            self.blocks = vec![Block::default(); count];
        }
        let blocks = &mut self.blocks[..count];
        let out = f(blocks);
        blocks.iter_mut().for_each(Zeroize::zeroize);
        out
    }
}

impl fmt::Debug for HashMemory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HashMemory({} KiB)", self.held_kib())
    }
}

/// Derives all material from `plaintext`, which is zeroized when this returns.
/// CPU-heavy (argon2id + sha512-crypt + PBKDF2): call it off any async executor.
/// Allocates argon2's memory for this call; see [`derive_in`] to reuse it.
pub fn derive(
    plaintext: Zeroizing<String>,
    params: &HashParams,
) -> Result<CredentialMaterial, PasswordSyncError> {
    derive_in(plaintext, params, &mut HashMemory::new())
}

/// [`derive`] with argon2's working memory taken from `mem`.
pub fn derive_in(
    plaintext: Zeroizing<String>,
    params: &HashParams,
    mem: &mut HashMemory,
) -> Result<CredentialMaterial, PasswordSyncError> {
    Ok(CredentialMaterial {
        verifier: argon2_verifier_in(&plaintext, params, mem)?,
        linux: sha512_crypt(&plaintext, params.sha512_crypt_rounds)?,
        macos: salted_sha512_pbkdf2(&plaintext, params.macos_iterations)?,
        windows: nt_hash(&plaintext),
    })
}

/// The mean wall time of one [`derive_in`] with `params`, over `k` of them
/// on the calling thread, reusing one [`HashMemory`] after an untimed
/// warm-up, as a hash pool worker does (CPU-heavy; call it off any async
/// executor). Load tools divide the cores by it to get the hash-bound rate
/// of changes.
pub fn mean_derivation_time(
    params: &HashParams,
    k: u32,
) -> Result<std::time::Duration, PasswordSyncError> {
    let k = k.max(1);
    let mut mem = HashMemory::new();
    derive_in(Zeroizing::new("Warm-up-Passw0rd".into()), params, &mut mem)?;
    let started = std::time::Instant::now();
    for i in 0..k {
        derive_in(
            Zeroizing::new(format!("Timing-{i}-Passw0rd")),
            params,
            &mut mem,
        )?;
    }
    Ok(started.elapsed() / k)
}

/// The argon2id PHC string for `password`.
pub fn argon2_verifier(password: &str, params: &HashParams) -> Result<Verifier, PasswordSyncError> {
    argon2_verifier_in(password, params, &mut HashMemory::new())
}

/// [`argon2_verifier`] with argon2's working memory taken from `mem`.
///
/// The same steps as `argon2`'s `PasswordHasher::hash_password`, which
/// cannot be given memory: hash into an [`Output`] of the default length,
/// then assemble the PHC string from the algorithm, version, parameters and
/// salt.
pub fn argon2_verifier_in(
    password: &str,
    params: &HashParams,
    mem: &mut HashMemory,
) -> Result<Verifier, PasswordSyncError> {
    let err = |e: &dyn fmt::Display| PasswordSyncError::Hash(format!("argon2: {e}"));
    let argon2 = params.argon2()?;
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    let mut salt_buf = [0u8; 64];
    let salt_bytes = salt.decode_b64(&mut salt_buf).map_err(|e| err(&e))?;
    let output = argon2_output(&argon2, password, salt_bytes, None, mem)?;
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(argon2.params()).map_err(|e| err(&e))?,
        salt: Some(salt.as_salt()),
        hash: Some(output),
    }
    .to_string();
    Ok(Verifier(phc))
}

/// argon2 of `password` with `salt` into an output of `len` bytes (default
/// 32), over blocks of `mem`.
fn argon2_output(
    argon2: &Argon2<'_>,
    password: &str,
    salt: &[u8],
    len: Option<usize>,
    mem: &mut HashMemory,
) -> Result<Output, PasswordSyncError> {
    let err = |e: &dyn fmt::Display| PasswordSyncError::Hash(format!("argon2: {e}"));
    let len = len.unwrap_or(Params::DEFAULT_OUTPUT_LEN);
    let count = argon2.params().block_count();
    mem.with_blocks(count, |blocks| {
        Output::init_with(len, |out| {
            argon2
                .hash_password_into_with_memory(password.as_bytes(), salt, out, &mut *blocks)
                .map_err(Into::into)
        })
    })
    .map_err(|e| err(&e))
}

/// Whether `password` matches a stored verifier: one argon2 verification
/// (constant-time comparison). This is the unchanged-password check.
pub fn verify(verifier: &Verifier, password: &str) -> bool {
    verify_in(verifier, password, &mut HashMemory::new())
}

/// [`verify`] with argon2's working memory taken from `mem`. Algorithm,
/// version and parameters come from the PHC string itself, as in
/// `argon2`'s `PasswordVerifier`.
pub fn verify_in(verifier: &Verifier, password: &str, mem: &mut HashMemory) -> bool {
    let Ok(hash) = PasswordHash::new(&verifier.0) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (hash.salt, hash.hash) else {
        return false;
    };
    let (Ok(algorithm), Ok(params)) =
        (Algorithm::try_from(hash.algorithm), Params::try_from(&hash))
    else {
        return false;
    };
    let version = match hash.version.map(Version::try_from) {
        None => Version::default(),
        Some(Ok(v)) => v,
        Some(Err(_)) => return false,
    };
    let mut salt_buf = [0u8; 64];
    let Ok(salt_bytes) = salt.decode_b64(&mut salt_buf) else {
        return false;
    };
    let argon2 = Argon2::new(algorithm, version, params);
    // `Output`'s equality is constant-time.
    argon2_output(&argon2, password, salt_bytes, Some(expected.len()), mem)
        .is_ok_and(|computed| computed == expected)
}

const CRYPT_ALPHABET: &[u8] = b"./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// sha512-crypt with an explicit `rounds=` field and a random 16-character salt.
pub fn sha512_crypt(password: &str, rounds: u32) -> Result<ShadowHash, PasswordSyncError> {
    let mut rng = rand::thread_rng();
    let salt: String = (0..16)
        .map(|_| CRYPT_ALPHABET[rng.gen_range(0..CRYPT_ALPHABET.len())] as char)
        .collect();
    sha512_crypt_with_salt(password, &salt, rounds)
}

/// sha512-crypt with a given salt (for test vectors).
pub fn sha512_crypt_with_salt(
    password: &str,
    salt: &str,
    rounds: u32,
) -> Result<ShadowHash, PasswordSyncError> {
    let params = sha_crypt::Sha512Params::new(rounds as usize)
        .map_err(|e| PasswordSyncError::Params(format!("sha512-crypt rounds: {e:?}")))?;
    // The algorithm uses at most 16 salt characters.
    let salt: String = salt.chars().take(16).collect();
    let hash = sha_crypt::sha512_crypt_b64(password.as_bytes(), salt.as_bytes(), &params)
        .map_err(|e| PasswordSyncError::Hash(format!("sha512-crypt: {e:?}")))?;
    Ok(ShadowHash(format!("$6$rounds={rounds}${salt}${hash}")))
}

/// Whether `password` matches a shadow hash (the `sha-crypt` verifier).
pub fn verify_shadow(shadow: &ShadowHash, password: &str) -> bool {
    sha_crypt::sha512_check(password, &shadow.0).is_ok()
}

/// macOS SALTED-SHA512-PBKDF2 with a random 32-byte salt.
pub fn salted_sha512_pbkdf2(
    password: &str,
    iterations: u32,
) -> Result<MacShadowHash, PasswordSyncError> {
    if iterations < 20_000 {
        return Err(PasswordSyncError::Params(
            "macOS PBKDF2 iterations must be at least 20000".into(),
        ));
    }
    let mut salt = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut salt);
    let mut entropy = Zeroizing::new([0u8; 128]);
    pbkdf2::pbkdf2_hmac::<Sha512>(password.as_bytes(), &salt, iterations, entropy.as_mut());
    Ok(MacShadowHash::from_parts(
        entropy.as_slice(),
        &salt,
        iterations,
    ))
}

/// The NT hash: MD4 of the UTF-16LE password, lower-case hex.
pub fn nt_hash(password: &str) -> NtHash {
    let utf16: Zeroizing<Vec<u8>> =
        Zeroizing::new(password.encode_utf16().flat_map(u16::to_le_bytes).collect());
    let digest = Md4::digest(utf16.as_slice());
    NtHash(hex::encode(digest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nt_hash_vectors() {
        assert_eq!(nt_hash("").expose_hex(), "31d6cfe0d16ae931b73c59d7e0c089c0");
        assert_eq!(
            nt_hash("password").expose_hex(),
            "8846f7eaee8fb117ad06bdd830b7586c"
        );
        assert!(nt_hash("password").verify("password"));
        assert!(!nt_hash("password").verify("Password"));
    }

    #[test]
    fn sha512_crypt_drepper_vectors() {
        // From Ulrich Drepper's SHA-crypt specification.
        let h = sha512_crypt_with_salt("Hello world!", "saltstring", 5000).expect("hash");
        assert!(h.expose_shadow().ends_with(
            "$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1"
        ));
        let h =
            sha512_crypt_with_salt("Hello world!", "saltstringsaltstring", 10000).expect("hash");
        assert_eq!(
            h.expose_shadow(),
            "$6$rounds=10000$saltstringsaltst$OW1/O6BYHV6BcXZu8QVeXbDWra3Oeqh0sbHbbMCVNSnCM/UrjmM0Dp8vOuZeHBy/YTBmSK6H9qs/y3RnOaw5v."
        );
        assert!(verify_shadow(&h, "Hello world!"));
        assert!(!verify_shadow(&h, "hello world!"));
    }

    #[test]
    fn pbkdf2_sha512_vector() {
        // PBKDF2-HMAC-SHA512("password", "salt", 1, 64), a widely published vector.
        let mut out = [0u8; 64];
        pbkdf2::pbkdf2_hmac::<Sha512>(b"password", b"salt", 1, &mut out);
        assert_eq!(
            hex::encode(out),
            "867f70cf1ade02cff3752599a3a53dc4af34c7a669815ae5d513554e1c8cf252c02d470a285a0501bad999bfe943c08f050235d7d68b1da55e63f73b60a57fce"
        );
    }

    #[test]
    fn argon2_defaults_are_owasp_and_verify() {
        let v = argon2_verifier("S3cret-pw", &HashParams::default()).expect("hash");
        assert!(v
            .expose_phc()
            .starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify(&v, "S3cret-pw"));
        assert!(!verify(&v, "S3cret-pW"));
        assert!(!verify(&Verifier::from_phc("garbage".into()), "x"));
    }

    #[test]
    fn reused_memory_matches_the_argon2_crate_both_ways() {
        use argon2::password_hash::{PasswordHasher, PasswordVerifier};
        let params = HashParams {
            argon2_m_kib: 256,
            ..HashParams::default()
        };
        let mut mem = HashMemory::new();
        // Ours, verified by the argon2 crate's own verifier.
        let ours = argon2_verifier_in("S3cret-pw", &params, &mut mem).expect("hash");
        assert_eq!(mem.held_kib(), 256);
        let parsed = PasswordHash::new(ours.expose_phc()).expect("phc");
        assert!(Argon2::default()
            .verify_password(b"S3cret-pw", &parsed)
            .is_ok());
        assert!(Argon2::default()
            .verify_password(b"S3cret-pW", &parsed)
            .is_err());
        // The crate's, verified by ours, with the same memory reused (it
        // must not depend on what the last derivation left there).
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        let theirs = params
            .argon2()
            .expect("params")
            .hash_password(b"Other-pw-1", &salt)
            .expect("hash")
            .to_string();
        let theirs = Verifier::from_phc(theirs);
        assert!(verify_in(&theirs, "Other-pw-1", &mut mem));
        assert!(!verify_in(&theirs, "Other-pw-2", &mut mem));
        assert!(verify_in(&ours, "S3cret-pw", &mut mem));
        // A verifier with more memory than held grows it; release frees it.
        let big = argon2_verifier("Big-pw-1", &HashParams::default()).expect("hash");
        assert!(verify_in(&big, "Big-pw-1", &mut mem));
        assert_eq!(mem.held_kib(), 19 * 1024);
        mem.release();
        assert_eq!(mem.held_kib(), 0);
        assert!(mem.blocks.is_empty());
    }

    #[test]
    fn memory_is_zeroized_after_use() {
        let mut mem = HashMemory::new();
        argon2_verifier_in(
            "S3cret-pw",
            &HashParams::insecure_fast_for_tests(),
            &mut mem,
        )
        .expect("hash");
        assert!(mem.held_kib() > 0);
        assert!(mem
            .blocks
            .iter()
            .all(|b| b.as_ref().iter().all(|w| *w == 0)));
    }

    #[test]
    fn malformed_verifiers_never_match() {
        let mut mem = HashMemory::new();
        for phc in [
            "garbage",
            "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHQ",
            "$argon2id$v=99$m=64,t=1,p=1$c2FsdHNhbHQ$AAAA",
            "$scrypt$ln=4,r=8,p=1$c2FsdHNhbHQ$AAAAAAAAAAAAAAAAAAAAAA",
        ] {
            assert!(
                !verify_in(&Verifier::from_phc(phc.into()), "x", &mut mem),
                "{phc}"
            );
        }
    }

    #[test]
    fn debug_never_shows_material() {
        let m = derive(
            Zeroizing::new("Hunter2-pw".into()),
            &HashParams::insecure_fast_for_tests(),
        )
        .expect("derive");
        let shown = format!(
            "{m:?} {:?} {:?} {:?}",
            m.windows,
            m.linux,
            m.for_platform(Platform::Macos)
        );
        assert!(!shown.contains(m.windows.expose_hex()));
        assert!(!shown.contains("$6$"));
        assert!(shown.contains("redacted"));
    }

    #[test]
    fn params_are_validated() {
        assert!(HashParams::default().validate().is_ok());
        let bad = HashParams {
            macos_iterations: 10,
            ..HashParams::default()
        };
        assert!(bad.validate().is_err());
        let bad = HashParams {
            sha512_crypt_rounds: 10,
            ..HashParams::default()
        };
        assert!(bad.validate().is_err());
    }
}
