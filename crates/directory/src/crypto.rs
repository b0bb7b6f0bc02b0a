//! Server-side secrets: the server key that encrypts device material at
//! rest, and the hashed, high-entropy credentials (API keys, device secrets).

use std::io::Write;
use std::path::Path;

use base64::Engine as _;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::{Rng, RngCore};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use zeroize::{Zeroize, Zeroizing};

use crate::error::{DirectoryError, Result};

/// The 256-bit key that encrypts credential material at rest.
pub struct ServerKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for ServerKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ServerKey([redacted])")
    }
}

impl ServerKey {
    /// A key from 32 raw bytes.
    pub fn from_bytes(b: [u8; 32]) -> Self {
        ServerKey(Zeroizing::new(b))
    }

    /// A key from 64 hex characters.
    pub fn from_hex(s: &str) -> Result<Self> {
        let mut raw =
            Zeroizing::new(hex::decode(s.trim()).map_err(|_| {
                DirectoryError::invariant("the server key must be 64 hex characters")
            })?);
        let arr: [u8; 32] = raw
            .as_slice()
            .try_into()
            .map_err(|_| DirectoryError::invariant("the server key must be 32 bytes"))?;
        raw.zeroize();
        Ok(ServerKey::from_bytes(arr))
    }

    /// Loads `path`, or generates a new key there with mode 0600.
    pub fn load_or_create(path: &Path) -> Result<Self> {
        if path.exists() {
            let s = Zeroizing::new(std::fs::read_to_string(path).map_err(|e| {
                DirectoryError::invariant(format!("cannot read server key {}: {e}", path.display()))
            })?);
            return ServerKey::from_hex(&s);
        }
        let mut b = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut b);
        let hexed = Zeroizing::new(hex::encode(b));
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts.open(path).map_err(|e| {
            DirectoryError::invariant(format!("cannot create server key {}: {e}", path.display()))
        })?;
        f.write_all(hexed.as_bytes())
            .and_then(|_| f.sync_all())
            .map_err(|e| DirectoryError::invariant(format!("cannot write server key: {e}")))?;
        Ok(ServerKey::from_bytes(b))
    }

    /// Encrypts with XChaCha20-Poly1305; `aad` binds the ciphertext to its row.
    pub fn seal(&self, plaintext: &[u8], aad: &str) -> Result<(String, String)> {
        let cipher = XChaCha20Poly1305::new(self.0.as_slice().into());
        let mut nonce = [0u8; 24];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let ct = cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plaintext,
                    aad: aad.as_bytes(),
                },
            )
            .map_err(|_| DirectoryError::invariant("encryption failed"))?;
        let b64 = base64::engine::general_purpose::STANDARD;
        Ok((b64.encode(nonce), b64.encode(ct)))
    }

    /// A keyed MAC (HMAC-SHA-256 under a key derived from the server key)
    /// of the concatenation of `parts`, as hex. A fast "is this the same
    /// password?" check: without the server key it says nothing about the
    /// password. Parts, not one slice, so a caller never copies a secret
    /// into a new (unzeroized) buffer to MAC it.
    pub fn mac(&self, parts: &[&[u8]]) -> String {
        use hmac::Mac;
        let sub = Sha256::new_with_prefix(b"directory password mac v1")
            .chain_update(self.0.as_slice())
            .finalize();
        let Ok(mut m) = <hmac::Hmac<Sha256> as Mac>::new_from_slice(&sub) else {
            return String::new();
        };
        for p in parts {
            m.update(p);
        }
        hex::encode(m.finalize().into_bytes())
    }

    /// The MAC that recognises a user's current password without an argon2
    /// verification: of `user_id`, a NUL, and the password's bytes.
    pub fn password_mac(&self, user_id: &str, password: &str) -> String {
        self.mac(&[user_id.as_bytes(), b"\0", password.as_bytes()])
    }

    /// Constant-time comparison of two MACs from [`ServerKey::mac`]; an
    /// empty stored MAC matches nothing.
    pub fn mac_eq(computed: &str, stored: &str) -> bool {
        !stored.is_empty() && computed.as_bytes().ct_eq(stored.as_bytes()).into()
    }

    /// Decrypts what [`ServerKey::seal`] produced with the same `aad`.
    pub fn open(&self, nonce: &str, ciphertext: &str, aad: &str) -> Result<Zeroizing<Vec<u8>>> {
        let b64 = base64::engine::general_purpose::STANDARD;
        let n = b64.decode(nonce).map_err(DirectoryError::internal)?;
        let c = b64.decode(ciphertext).map_err(DirectoryError::internal)?;
        if n.len() != 24 {
            return Err(DirectoryError::invariant(
                "stored nonce has the wrong length",
            ));
        }
        let cipher = XChaCha20Poly1305::new(self.0.as_slice().into());
        cipher
            .decrypt(
                XNonce::from_slice(&n),
                Payload {
                    msg: &c,
                    aad: aad.as_bytes(),
                },
            )
            .map(Zeroizing::new)
            .map_err(|_| DirectoryError::invariant("stored material failed authentication"))
    }
}

const BASE62: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// A freshly generated credential: shown once, stored as (prefix, hash).
pub struct NewSecret {
    /// The whole credential, to show once.
    pub secret: Zeroizing<String>,
    /// The lookup prefix (not secret).
    pub prefix: String,
    /// SHA-256 of the whole credential, hex.
    pub hash: String,
}

impl std::fmt::Debug for NewSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "NewSecret {{ prefix: {}, secret: [redacted] }}",
            self.prefix
        )
    }
}

/// Generates `{tag}_{prefix:12}{secret:40}` from base62: 52 random
/// characters, about 309 bits. A fast hash suffices for a secret of that
/// entropy (unlike a human password).
pub fn new_secret(tag: &str) -> NewSecret {
    let mut rng = rand::rngs::OsRng;
    let mut pick = |n: usize| -> String {
        (0..n)
            .map(|_| BASE62[rng.gen_range(0..BASE62.len())] as char)
            .collect()
    };
    let prefix = format!("{tag}_{}", pick(12));
    let secret = Zeroizing::new(format!("{prefix}{}", pick(40)));
    let hash = hash_secret(&secret);
    NewSecret {
        secret,
        prefix,
        hash,
    }
}

/// The lookup prefix of a presented credential, if it has our shape.
pub fn secret_prefix<'a>(presented: &'a str, tag: &str) -> Option<&'a str> {
    let len = tag.len() + 1 + 12;
    let p = presented.get(..len)?;
    (presented.len() == len + 40
        && p.starts_with(tag)
        && p.as_bytes().get(tag.len()) == Some(&b'_'))
    .then_some(p)
}

/// SHA-256 of a credential.
pub fn secret_digest(s: &str) -> [u8; 32] {
    Sha256::digest(s.as_bytes()).into()
}

/// SHA-256 hex of a credential (what is stored).
pub fn hash_secret(s: &str) -> String {
    hex::encode(secret_digest(s))
}

/// Constant-time comparison of a presented credential with a stored hash.
pub fn verify_secret(presented: &str, stored_hash: &str) -> bool {
    verify_digest(&secret_digest(presented), stored_hash)
}

/// [`verify_secret`] for a credential whose digest is already computed.
///
/// The digests are compared as bytes: the stored hex is decoded (its
/// timing depends only on the stored value), so the presented credential's
/// digest is never hex-encoded on this hot path (every API request).
pub fn verify_digest(presented: &[u8; 32], stored_hash: &str) -> bool {
    let mut stored = [0u8; 32];
    if hex::decode_to_slice(stored_hash, &mut stored).is_err() {
        return false;
    }
    presented.as_slice().ct_eq(&stored).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_open_round_trip_and_aad_binding() {
        let k = ServerKey::from_bytes([7; 32]);
        let (n, c) = k.seal(b"material", "user|1|linux").expect("seal");
        assert_eq!(
            k.open(&n, &c, "user|1|linux").expect("open").as_slice(),
            b"material"
        );
        assert!(
            k.open(&n, &c, "user|2|linux").is_err(),
            "moved to another row"
        );
        assert!(ServerKey::from_bytes([8; 32])
            .open(&n, &c, "user|1|linux")
            .is_err());
    }

    #[test]
    fn password_macs_are_over_the_parts_and_stay_what_was_stored() {
        let k = ServerKey::from_bytes([7; 32]);
        let m = k.password_mac("u1", "Corr3ct-Horse");
        // The same bytes as the one-buffer MAC stored before parts existed.
        assert_eq!(m, k.mac(&[b"u1\0Corr3ct-Horse"]));
        assert!(ServerKey::mac_eq(&m, &m));
        assert!(!ServerKey::mac_eq(
            &m,
            &k.password_mac("u1", "Corr3ct-Horsf")
        ));
        assert!(!ServerKey::mac_eq(
            &m,
            &k.password_mac("u2", "Corr3ct-Horse")
        ));
        assert!(
            !ServerKey::mac_eq(&m, ""),
            "an empty stored MAC matches nothing"
        );
        assert_ne!(
            m,
            ServerKey::from_bytes([8; 32]).password_mac("u1", "Corr3ct-Horse")
        );
    }

    #[test]
    fn secrets_have_prefix_and_verify() {
        let s = new_secret("dk");
        assert_eq!(secret_prefix(&s.secret, "dk"), Some(s.prefix.as_str()));
        assert!(verify_secret(&s.secret, &s.hash));
        assert!(!verify_secret("dk_nope", &s.hash));
        assert_eq!(s.hash, hash_secret(&s.secret));
        // A stored hash that is not 32 bytes of hex never verifies.
        assert!(!verify_secret(&s.secret, &s.hash[..62]));
        assert!(!verify_secret(&s.secret, &format!("{}00", s.hash)));
        assert!(!verify_secret(&s.secret, &format!("zz{}", &s.hash[2..])));
        assert!(!verify_secret(&s.secret, ""));
        // One changed digit does not.
        let last = if s.hash.ends_with('0') { "1" } else { "0" };
        assert!(!verify_secret(
            &s.secret,
            &format!("{}{last}", &s.hash[..63])
        ));
        assert_eq!(secret_prefix("short", "dk"), None);
        assert!(!format!("{s:?}").contains(s.secret.as_str()));
    }

    #[test]
    fn key_file_is_created_private_and_reloaded() {
        let dir = tempfile::tempdir().expect("tmp");
        let p = dir.path().join("server.key");
        let k1 = ServerKey::load_or_create(&p).expect("create");
        let k2 = ServerKey::load_or_create(&p).expect("load");
        let (n, c) = k1.seal(b"x", "a").expect("seal");
        assert_eq!(k2.open(&n, &c, "a").expect("open").as_slice(), b"x");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&p).expect("meta").permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }
}
