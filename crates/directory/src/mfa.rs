//! Admins' second factors: TOTP (RFC 6238: SHA-1, 6 digits, 30 s steps,
//! one step of skew, each step accepted once), recovery codes (shown once,
//! stored as MACs, each used once) and passkeys (WebAuthn, `webauthn-rs`).
//!
//! Enrolling or removing a factor needs a recent sign-in, or the
//! `EnrolMfa` stage an admin without MFA is held at when the org requires
//! it; finishing that enrolment signs the session in fully (with a new id).
//! A ceremony's state (the TOTP secret being enrolled, sealed; a WebAuthn
//! challenge) lives in the session's row, so any replica can finish it.

use password_sync::Zeroizing;
use rand::Rng;
use serde::Serialize;
use serde_json::{json, Value};
use totp_rs::{Algorithm, Builder, Totp};
use webauthn_rs::prelude::{
    Passkey, PasskeyAuthentication, PasskeyRegistration, PublicKeyCredential,
    RegisterPublicKeyCredential, Url, Uuid,
};

use crate::admin::{audit_in, is_unique_violation, Admin};
use crate::db::WriteTx;
use crate::error::{DirectoryError, Result};
use crate::reads::Cols;
use crate::signin::{forget_failures, now_secs, record_attempt, NewSession, Session, Stage};
use crate::Directory;

/// The issuer shown by authenticator apps.
const ISSUER: &str = "Okta Directory";
/// Recovery codes made at a time.
const RECOVERY_CODES: usize = 10;
/// Their alphabet (RFC 4648 base32, lowercase: no 0/1/8/9 to misread).
const RECOVERY_ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz234567";

/// A TOTP secret being enrolled: shown once, to be scanned or typed into
/// an authenticator app.
pub struct TotpEnrolment {
    /// The secret in base32.
    pub secret: Zeroizing<String>,
    /// The `otpauth://totp/...` URI.
    pub uri: Zeroizing<String>,
    /// The URI as a QR code (SVG); it holds the secret too.
    pub qr_svg: Zeroizing<String>,
}

impl std::fmt::Debug for TotpEnrolment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TotpEnrolment([redacted])")
    }
}

/// Recovery codes, shown once.
pub struct RecoveryCodes(pub Vec<Zeroizing<String>>);

impl std::fmt::Debug for RecoveryCodes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RecoveryCodes([{} redacted])", self.0.len())
    }
}

/// What finishing an enrolment gives.
#[derive(Debug)]
pub struct Enrolled {
    /// The session signed in fully, when the enrolment was what held it.
    pub session: Option<NewSession>,
    /// The first recovery codes, when the admin had none.
    pub recovery_codes: Option<RecoveryCodes>,
}

/// An admin's second factors, for the admin's own page and the admins list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MfaStatus {
    /// Whether a TOTP app is enrolled.
    pub totp: bool,
    /// The passkeys.
    pub passkeys: Vec<PasskeyInfo>,
    /// Unused recovery codes.
    pub recovery_codes_left: i64,
}

/// A registered passkey (no key material).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasskeyInfo {
    /// Id (to remove it).
    pub id: String,
    /// The name the admin gave it.
    pub name: String,
    /// When it was registered (unix seconds).
    pub created_at: i64,
    /// When it last signed in, if ever.
    pub used_at: Option<i64>,
}

/// The WebAuthn relying party for the server's public URL (its SCIM base
/// URL here): the RP id is the host. Browsers refuse an IP address as an
/// RP id, so a server addressed by a loopback IP is the RP `localhost`
/// (reach it as `http://localhost:PORT` for passkeys); any other IP gets
/// no passkeys, with a warning.
pub(crate) fn relying_party(public_url: &str) -> Option<webauthn_rs::Webauthn> {
    let mut url = Url::parse(public_url).ok()?;
    url.set_path("");
    let host = url.host_str()?.trim_matches(['[', ']']).to_string();
    let rp_id = match host.parse::<std::net::IpAddr>() {
        Ok(ip) if ip.is_loopback() => {
            url.set_host(Some("localhost")).ok()?;
            "localhost".to_string()
        }
        Ok(_) => {
            tracing::warn!(
                "passkeys are off: the public URL's host is an IP address, which WebAuthn does not accept"
            );
            return None;
        }
        Err(_) => host,
    };
    let built = webauthn_rs::WebauthnBuilder::new(&rp_id, &url)
        .map(|b| b.rp_name(ISSUER))
        .and_then(webauthn_rs::WebauthnBuilder::build);
    match built {
        Ok(w) => Some(w),
        Err(e) => {
            tracing::warn!(error = %e, "passkeys are off: no relying party for the public URL");
            None
        }
    }
}

/// The TOTP of a secret.
fn totp(secret: &[u8], account: &str) -> Result<Totp> {
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(30)
        .with_secret(secret.to_vec())
        .with_account_name(account.replace(':', "_"))
        .with_issuer(Some(ISSUER))
        .build()
        .map_err(|e| DirectoryError::invariant(format!("TOTP: {e}")))
}

/// The step `code` matches at `now` (one step either side), if it is
/// later than `last_step`: a code is never accepted twice, nor one older
/// than the last accepted.
pub(crate) fn accept_code(t: &Totp, code: &str, now: u64, last_step: i64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != usize::from(t.digits()) || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let step = i64::try_from(t.check(&code, now)?).ok()?;
    (step > last_step).then_some(step)
}

fn new_recovery_code() -> Zeroizing<String> {
    let mut rng = rand::rngs::OsRng;
    let mut s = Zeroizing::new(String::with_capacity(11));
    for i in 0..10 {
        if i == 5 {
            s.push('-');
        }
        s.push(RECOVERY_ALPHABET[rng.gen_range(0..RECOVERY_ALPHABET.len())] as char);
    }
    s
}

fn normalise_recovery_code(code: &str) -> Zeroizing<String> {
    Zeroizing::new(
        code.chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect(),
    )
}

fn bad(msg: &str) -> DirectoryError {
    DirectoryError::BadRequest(msg.into())
}

impl Directory {
    /// Whether the admin has a second factor.
    pub(crate) async fn has_mfa(&self, admin_id: &str) -> Result<bool> {
        let s = self.mfa_status(admin_id).await?;
        Ok(s.totp || !s.passkeys.is_empty())
    }

    /// An admin's second factors.
    pub async fn mfa_status(&self, admin_id: &str) -> Result<MfaStatus> {
        let a = self
            .db
            .read_one(
                "SELECT totp_secret, (SELECT COUNT(*) FROM recovery_codes r WHERE r.admin_id = $1 AND r.used_at IS NULL) AS left_codes FROM admins WHERE id = $1",
                &[admin_id.into()],
            )
            .await?
            .ok_or_else(|| DirectoryError::NotFound(format!("admin {admin_id}")))?;
        let rows = self
            .db
            .read(
                "SELECT id, name, created_at, used_at FROM passkeys WHERE admin_id = $1 ORDER BY created_at",
                &[admin_id.into()],
            )
            .await?;
        Ok(MfaStatus {
            totp: a.opt_text("totp_secret")?.is_some(),
            passkeys: rows
                .iter()
                .map(|r| {
                    Ok(PasskeyInfo {
                        id: r.text("id")?,
                        name: r.text("name")?,
                        created_at: r.int("created_at")?,
                        used_at: r.opt_int("used_at")?,
                    })
                })
                .collect::<Result<_>>()?,
            recovery_codes_left: a.int("left_codes")?,
        })
    }

    /// The session and its admin, for changing the admin's own factors:
    /// held at enrolment, or signed in within the re-authentication window.
    async fn mfa_changer(&self, token: &str) -> Result<(Session, Admin)> {
        let s = self.session(token).await?;
        let admin = self.session_admin(&s).await?;
        if s.stage != Stage::EnrolMfa {
            self.require_recent_sign_in(&s)?;
        }
        Ok((s, admin))
    }

    /// The session and its admin at the MFA step of a sign-in.
    async fn mfa_signer(&self, token: &str) -> Result<(Session, Admin)> {
        let s = self.session(token).await?;
        let admin = self.session_admin(&s).await?;
        if s.stage != Stage::Mfa {
            return Err(DirectoryError::Forbidden(
                "this session is not at the second step of a sign-in; sign in with the password first".into(),
            ));
        }
        Ok((s, admin))
    }

    /// An attempt at the MFA step: the session, its admin and the
    /// throttling key, admitted (or refused as throttled).
    async fn mfa_step(&self, token: &str, address: &str) -> Result<(Session, Admin, String)> {
        let (s, admin) = self.mfa_signer(token).await?;
        let key = format!("mfa:{}", admin.id);
        self.admit(&key, address, Some(&s.org_id), "admin_mfa", &admin.email)
            .await?;
        Ok((s, admin, key))
    }

    async fn set_pending(&self, session_id: &str, pending: &Value) -> Result<()> {
        let mut w = self.db.begin_write().await?;
        w.query("UPDATE sessions SET pending = $1 WHERE prefix = $2")
            .bind(pending.to_string())
            .bind(session_id)
            .execute()
            .await?;
        w.commit().await
    }

    fn pending_of(s: &Session, kind: &str) -> Result<Value> {
        let v: Value = s
            .pending
            .as_deref()
            .and_then(|p| serde_json::from_str(p).ok())
            .unwrap_or(Value::Null);
        if v.get("kind").and_then(Value::as_str) != Some(kind) {
            return Err(bad(match kind {
                "totp" => "no TOTP enrolment is in progress in this session: start one first",
                "passkey_reg" => {
                    "no passkey registration is in progress in this session: start one first"
                }
                _ => "no passkey sign-in is in progress in this session: start one first",
            }));
        }
        Ok(v)
    }

    /// Starts enrolling a TOTP app: a new secret, its URI and QR code.
    /// Nothing changes until [`Directory::totp_enrol_confirm`] gets a code
    /// from the app.
    pub async fn totp_enrol_start(&self, token: &str) -> Result<TotpEnrolment> {
        let (s, admin) = self.mfa_changer(token).await?;
        let mut secret = Zeroizing::new([0u8; 20]);
        rand::rngs::OsRng.fill(&mut secret[..]);
        let t = totp(&secret[..], &admin.email)?;
        let uri = Zeroizing::new(
            t.to_url()
                .map_err(|e| DirectoryError::invariant(format!("TOTP URI: {e}")))?,
        );
        let qr = qrcode::QrCode::new(uri.as_bytes())
            .map_err(|e| DirectoryError::invariant(format!("QR code: {e}")))?;
        let qr_svg = Zeroizing::new(
            qr.render::<qrcode::render::svg::Color<'_>>()
                .min_dimensions(200, 200)
                .build(),
        );
        let (nonce, ct) = self
            .key
            .seal(&secret[..], &format!("totp-pending:{}", s.id))?;
        self.set_pending(&s.id, &json!({"kind": "totp", "nonce": nonce, "ct": ct}))
            .await?;
        Ok(TotpEnrolment {
            secret: Zeroizing::new(t.secret().to_base32()),
            uri,
            qr_svg,
        })
    }

    /// Finishes a TOTP enrolment with a code from the app. Replaces any
    /// TOTP the admin had.
    pub async fn totp_enrol_confirm(&self, token: &str, code: &str) -> Result<Enrolled> {
        let (s, admin) = self.mfa_changer(token).await?;
        let p = Self::pending_of(&s, "totp")?;
        let field = |k: &str| p.get(k).and_then(Value::as_str).unwrap_or_default();
        let secret = self.key.open(
            field("nonce"),
            field("ct"),
            &format!("totp-pending:{}", s.id),
        )?;
        let t = totp(&secret, &admin.email)?;
        let Some(step) = accept_code(&t, code, now_secs() as u64, 0) else {
            return Err(bad(
                "the code does not match: type the current 6-digit code from the app (and check the device's clock)",
            ));
        };
        let (nonce, ct) = self.key.seal(&secret, &format!("totp:{}", admin.id))?;
        let mut w = self.db.begin_write().await?;
        w.query("UPDATE admins SET totp_nonce = $1, totp_secret = $2, totp_last_step = $3 WHERE id = $4")
            .bind(nonce)
            .bind(ct)
            .bind(step)
            .bind(&admin.id)
            .execute()
            .await?;
        self.finish_enrolment(w, &s, &admin, "admin.mfa_totp_enrolled", json!({}))
            .await
    }

    /// Common end of an enrolment within `w`: the pending state cleared,
    /// recovery codes made when the admin has none, the audit entry, and
    /// an enrolment-held session signed in fully.
    async fn finish_enrolment(
        &self,
        mut w: WriteTx<'_>,
        s: &Session,
        admin: &Admin,
        action: &str,
        detail: Value,
    ) -> Result<Enrolled> {
        w.query("UPDATE sessions SET pending = NULL WHERE prefix = $1")
            .bind(&s.id)
            .execute()
            .await?;
        let left = w
            .query(
                "SELECT COUNT(*) AS n FROM recovery_codes WHERE admin_id = $1 AND used_at IS NULL",
            )
            .bind(&admin.id)
            .fetch_one()
            .await?
            .int("n")?;
        let recovery_codes = if left == 0 {
            Some(self.replace_recovery_codes(&mut w, &admin.id).await?)
        } else {
            None
        };
        let session = if s.stage == Stage::EnrolMfa {
            Some(self.rotate_session(&mut w, s, Stage::Full).await?)
        } else {
            None
        };
        audit_in(
            &mut w,
            &s.org_id,
            &format!("admin:{}", admin.email),
            action,
            Some(&admin.id),
            "ok",
            detail,
        )
        .await?;
        w.commit().await?;
        Ok(Enrolled {
            session,
            recovery_codes,
        })
    }

    async fn replace_recovery_codes(
        &self,
        w: &mut WriteTx<'_>,
        admin_id: &str,
    ) -> Result<RecoveryCodes> {
        w.query("DELETE FROM recovery_codes WHERE admin_id = $1")
            .bind(admin_id)
            .execute()
            .await?;
        let mut codes = Vec::with_capacity(RECOVERY_CODES);
        for _ in 0..RECOVERY_CODES {
            let code = new_recovery_code();
            w.query("INSERT INTO recovery_codes (admin_id, hash) VALUES ($1, $2)")
                .bind(admin_id)
                .bind(self.recovery_mac(admin_id, &code))
                .execute()
                .await?;
            codes.push(code);
        }
        Ok(RecoveryCodes(codes))
    }

    fn recovery_mac(&self, admin_id: &str, code: &str) -> String {
        let n = normalise_recovery_code(code);
        self.key
            .mac(&[b"recovery\0", admin_id.as_bytes(), b"\0", n.as_bytes()])
    }

    /// New recovery codes (the old ones stop working); needs a recent
    /// sign-in and a second factor.
    pub async fn new_recovery_codes(&self, token: &str) -> Result<RecoveryCodes> {
        let s = self.session(token).await?;
        let admin = self.session_admin(&s).await?;
        self.require_recent_sign_in(&s)?;
        if !self.has_mfa(&admin.id).await? {
            return Err(DirectoryError::Conflict(
                "recovery codes stand in for a second factor: enrol TOTP or a passkey first".into(),
            ));
        }
        let mut w = self.db.begin_write().await?;
        let codes = self.replace_recovery_codes(&mut w, &admin.id).await?;
        let actor = format!("admin:{}", admin.email);
        audit_in(
            &mut w,
            &s.org_id,
            &actor,
            "admin.mfa_recovery_codes",
            Some(&admin.id),
            "ok",
            json!({}),
        )
        .await?;
        w.commit().await?;
        Ok(codes)
    }

    /// The second step of a sign-in with a TOTP code: a new, fully signed
    /// in session. Wrong codes are throttled like passwords.
    pub async fn sign_in_totp(&self, token: &str, code: &str, address: &str) -> Result<NewSession> {
        let (s, admin, key) = self.mfa_step(token, address).await?;
        let org = Some(s.org_id.as_str());
        let row = self
            .db
            .read_one(
                "SELECT totp_nonce, totp_secret, totp_last_step FROM admins WHERE id = $1",
                &[admin.id.as_str().into()],
            )
            .await?
            .ok_or(DirectoryError::Unauthorized)?;
        let (Some(nonce), Some(ct)) = (row.opt_text("totp_nonce")?, row.opt_text("totp_secret")?)
        else {
            return Err(self
                .sign_in_failed(address, org, "admin_mfa", &admin.email, "no TOTP enrolled")
                .await);
        };
        let secret = self.key.open(&nonce, &ct, &format!("totp:{}", admin.id))?;
        let t = totp(&secret, &admin.email)?;
        let last = row.int("totp_last_step")?;
        let Some(step) = accept_code(&t, code, now_secs() as u64, last) else {
            return Err(self
                .sign_in_failed(
                    address,
                    org,
                    "admin_mfa",
                    &admin.email,
                    "wrong or used code",
                )
                .await);
        };
        let mut w = self.db.begin_write().await?;
        // Across replicas: the step is taken by exactly one sign-in.
        let took = w
            .query("UPDATE admins SET totp_last_step = $1 WHERE id = $2 AND totp_last_step < $1")
            .bind(step)
            .bind(&admin.id)
            .execute()
            .await?;
        if took == 0 {
            drop(w);
            return Err(self
                .sign_in_failed(
                    address,
                    org,
                    "admin_mfa",
                    &admin.email,
                    "wrong or used code",
                )
                .await);
        }
        self.mfa_signed_in(w, &s, &admin, &key, address, "ok: totp")
            .await
    }

    /// The second step of a sign-in with a recovery code (each works once).
    pub async fn sign_in_recovery_code(
        &self,
        token: &str,
        code: &str,
        address: &str,
    ) -> Result<NewSession> {
        let (s, admin, key) = self.mfa_step(token, address).await?;
        let org = Some(s.org_id.as_str());
        let mac = self.recovery_mac(&admin.id, code);
        let mut w = self.db.begin_write().await?;
        let took = w
            .query("UPDATE recovery_codes SET used_at = $1 WHERE admin_id = $2 AND hash = $3 AND used_at IS NULL")
            .bind(now_secs())
            .bind(&admin.id)
            .bind(mac)
            .execute()
            .await?;
        if took == 0 {
            drop(w);
            return Err(self
                .sign_in_failed(
                    address,
                    org,
                    "admin_mfa",
                    &admin.email,
                    "wrong or used recovery code",
                )
                .await);
        }
        self.mfa_signed_in(w, &s, &admin, &key, address, "ok: recovery code")
            .await
    }

    async fn mfa_signed_in(
        &self,
        mut w: WriteTx<'_>,
        s: &Session,
        admin: &Admin,
        key: &str,
        address: &str,
        outcome: &str,
    ) -> Result<NewSession> {
        forget_failures(&mut w, key).await?;
        record_attempt(
            &mut w,
            Some(&s.org_id),
            "admin_mfa",
            &admin.email,
            address,
            outcome,
        )
        .await?;
        let new = self.rotate_session(&mut w, s, Stage::Full).await?;
        w.commit().await?;
        Ok(new)
    }

    fn relying(&self) -> Result<&webauthn_rs::Webauthn> {
        self.webauthn.as_ref().ok_or_else(|| {
            DirectoryError::Conflict(
                "passkeys need the server's public URL to name a host (not an IP address): set public_url".into(),
            )
        })
    }

    async fn passkeys_of(&self, admin_id: &str) -> Result<Vec<(String, Passkey)>> {
        let rows = self
            .db
            .read(
                "SELECT id, passkey FROM passkeys WHERE admin_id = $1",
                &[admin_id.into()],
            )
            .await?;
        rows.iter()
            .map(|r| {
                let pk: Passkey =
                    serde_json::from_str(&r.text("passkey")?).map_err(DirectoryError::internal)?;
                Ok((r.text("id")?, pk))
            })
            .collect()
    }

    /// Starts registering a passkey named `name`: the options for
    /// `navigator.credentials.create()` (`CreationChallengeResponse`).
    pub async fn passkey_register_start(&self, token: &str, name: &str) -> Result<Value> {
        let (s, admin) = self.mfa_changer(token).await?;
        let name = name.trim();
        if name.is_empty() || name.len() > 64 || name.chars().any(char::is_control) {
            return Err(bad(
                "a passkey's name must be 1 to 64 characters without control characters",
            ));
        }
        let user = Uuid::parse_str(&admin.id).map_err(DirectoryError::internal)?;
        let exclude = self
            .passkeys_of(&admin.id)
            .await?
            .iter()
            .map(|(_, p)| p.cred_id().clone())
            .collect::<Vec<_>>();
        let display = admin
            .display_name
            .clone()
            .unwrap_or_else(|| admin.email.clone());
        let (ccr, state) = self
            .relying()?
            .start_passkey_registration(user, &admin.email, &display, Some(exclude))
            .map_err(|e| DirectoryError::invariant(format!("passkey registration: {e}")))?;
        let state = serde_json::to_value(&state).map_err(DirectoryError::internal)?;
        self.set_pending(
            &s.id,
            &json!({"kind": "passkey_reg", "name": name, "state": state}),
        )
        .await?;
        serde_json::to_value(ccr).map_err(DirectoryError::internal)
    }

    /// Finishes a passkey registration with the authenticator's answer
    /// (`RegisterPublicKeyCredential` JSON).
    pub async fn passkey_register_finish(
        &self,
        token: &str,
        credential: &Value,
    ) -> Result<Enrolled> {
        let (s, admin) = self.mfa_changer(token).await?;
        let p = Self::pending_of(&s, "passkey_reg")?;
        let state: PasskeyRegistration =
            serde_json::from_value(p["state"].clone()).map_err(DirectoryError::internal)?;
        let reg: RegisterPublicKeyCredential =
            serde_json::from_value(credential.clone()).map_err(|e| {
                bad(&format!(
                    "not a passkey registration (RegisterPublicKeyCredential): {e}"
                ))
            })?;
        let pk = self
            .relying()?
            .finish_passkey_registration(&reg, &state)
            .map_err(|e| bad(&format!("the passkey registration was refused: {e}")))?;
        let name = p["name"].as_str().unwrap_or("passkey").to_string();
        let id = uuid::Uuid::new_v4().to_string();
        let mut w = self.db.begin_write().await?;
        let inserted = w
            .query("INSERT INTO passkeys (id, admin_id, cred_id, name, passkey, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(&id)
            .bind(&admin.id)
            .bind(hex::encode(pk.cred_id()))
            .bind(&name)
            .bind(serde_json::to_string(&pk).map_err(DirectoryError::internal)?)
            .bind(now_secs())
            .execute()
            .await;
        match inserted {
            Err(e) if is_unique_violation(&e) => {
                return Err(DirectoryError::Conflict(
                    "this passkey is already registered".into(),
                ))
            }
            other => other?,
        };
        self.finish_enrolment(
            w,
            &s,
            &admin,
            "admin.mfa_passkey_added",
            json!({"passkey": id, "name": name}),
        )
        .await
    }

    /// Starts the passkey step of a sign-in: the options for
    /// `navigator.credentials.get()` (`RequestChallengeResponse`).
    pub async fn passkey_sign_in_start(&self, token: &str) -> Result<Value> {
        let (s, admin) = self.mfa_signer(token).await?;
        let keys: Vec<Passkey> = self
            .passkeys_of(&admin.id)
            .await?
            .into_iter()
            .map(|(_, p)| p)
            .collect();
        if keys.is_empty() {
            return Err(DirectoryError::Conflict(
                "this admin has no passkey; use the TOTP code".into(),
            ));
        }
        let (rcr, state) = self
            .relying()?
            .start_passkey_authentication(&keys)
            .map_err(|e| DirectoryError::invariant(format!("passkey sign-in: {e}")))?;
        let state = serde_json::to_value(&state).map_err(DirectoryError::internal)?;
        self.set_pending(&s.id, &json!({"kind": "passkey_auth", "state": state}))
            .await?;
        serde_json::to_value(rcr).map_err(DirectoryError::internal)
    }

    /// Finishes the passkey step with the authenticator's assertion
    /// (`PublicKeyCredential` JSON): a new, fully signed in session.
    pub async fn passkey_sign_in_finish(
        &self,
        token: &str,
        credential: &Value,
        address: &str,
    ) -> Result<NewSession> {
        let (s, admin, key) = self.mfa_step(token, address).await?;
        let org = Some(s.org_id.as_str());
        let p = Self::pending_of(&s, "passkey_auth")?;
        let state: PasskeyAuthentication =
            serde_json::from_value(p["state"].clone()).map_err(DirectoryError::internal)?;
        let assertion: Option<PublicKeyCredential> =
            serde_json::from_value(credential.clone()).ok();
        let result = assertion.and_then(|a| {
            self.relying()
                .ok()?
                .finish_passkey_authentication(&a, &state)
                .ok()
        });
        let Some(result) = result else {
            return Err(self
                .sign_in_failed(address, org, "admin_mfa", &admin.email, "passkey refused")
                .await);
        };
        let mut w = self.db.begin_write().await?;
        // The challenge is spent whatever happens next.
        w.query("UPDATE sessions SET pending = NULL WHERE prefix = $1")
            .bind(&s.id)
            .execute()
            .await?;
        for (id, mut pk) in self.passkeys_of(&admin.id).await? {
            if pk.cred_id() == result.cred_id() {
                pk.update_credential(&result);
                w.query("UPDATE passkeys SET passkey = $1, used_at = $2 WHERE id = $3")
                    .bind(serde_json::to_string(&pk).map_err(DirectoryError::internal)?)
                    .bind(now_secs())
                    .bind(&id)
                    .execute()
                    .await?;
            }
        }
        self.mfa_signed_in(w, &s, &admin, &key, address, "ok: passkey")
            .await
    }

    /// Removes the admin's TOTP (recent sign-in; not the last factor when
    /// the org requires MFA).
    pub async fn remove_totp(&self, token: &str) -> Result<()> {
        let (s, admin) = self.mfa_changer(token).await?;
        let st = self.mfa_status(&admin.id).await?;
        if !st.totp {
            return Err(DirectoryError::NotFound("TOTP enrolment".into()));
        }
        self.refuse_last_factor(&s, st.passkeys.is_empty()).await?;
        let mut w = self.db.begin_write().await?;
        w.query("UPDATE admins SET totp_nonce = NULL, totp_secret = NULL WHERE id = $1")
            .bind(&admin.id)
            .execute()
            .await?;
        let actor = format!("admin:{}", admin.email);
        audit_in(
            &mut w,
            &s.org_id,
            &actor,
            "admin.mfa_totp_removed",
            Some(&admin.id),
            "ok",
            json!({}),
        )
        .await?;
        w.commit().await
    }

    /// Removes one of the admin's passkeys (as [`Directory::remove_totp`]).
    pub async fn remove_passkey(&self, token: &str, passkey_id: &str) -> Result<()> {
        let (s, admin) = self.mfa_changer(token).await?;
        let st = self.mfa_status(&admin.id).await?;
        if !st.passkeys.iter().any(|p| p.id == passkey_id) {
            return Err(DirectoryError::NotFound(format!("passkey {passkey_id}")));
        }
        self.refuse_last_factor(&s, !st.totp && st.passkeys.len() == 1)
            .await?;
        let mut w = self.db.begin_write().await?;
        w.query("DELETE FROM passkeys WHERE id = $1 AND admin_id = $2")
            .bind(passkey_id)
            .bind(&admin.id)
            .execute()
            .await?;
        let actor = format!("admin:{}", admin.email);
        audit_in(
            &mut w,
            &s.org_id,
            &actor,
            "admin.mfa_passkey_removed",
            Some(&admin.id),
            "ok",
            json!({"passkey": passkey_id}),
        )
        .await?;
        w.commit().await
    }

    async fn refuse_last_factor(&self, s: &Session, last: bool) -> Result<()> {
        if last && self.org_settings(&s.org_id).await?.require_admin_mfa {
            return Err(DirectoryError::Conflict(
                "the organization requires MFA and this is the admin's last factor: enrol another first".into(),
            ));
        }
        Ok(())
    }

    /// Removes every second factor of an admin and ends their sessions
    /// (an operator's `reset-mfa`, for a lost device): at the next sign-in
    /// the admin enrols again.
    pub async fn reset_admin_mfa(&self, admin_id: &str, actor: &str) -> Result<()> {
        let admin = self.admin_by_id(admin_id).await?;
        let mut w = self.db.begin_write().await?;
        w.query("UPDATE admins SET totp_nonce = NULL, totp_secret = NULL WHERE id = $1")
            .bind(admin_id)
            .execute()
            .await?;
        for sql in [
            "DELETE FROM passkeys WHERE admin_id = $1",
            "DELETE FROM recovery_codes WHERE admin_id = $1",
        ] {
            w.query(sql).bind(admin_id).execute().await?;
        }
        w.query("DELETE FROM sessions WHERE kind = 'admin' AND subject = $1")
            .bind(admin_id)
            .execute()
            .await?;
        if let Some(org) = &admin.org_id {
            audit_in(
                &mut w,
                org,
                actor,
                "admin.mfa_reset",
                Some(admin_id),
                "ok",
                json!({}),
            )
            .await?;
        }
        w.commit().await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238, appendix B: the SHA-1 vectors (8 digits, the 20-byte
    /// ASCII secret "12345678901234567890").
    #[test]
    fn rfc6238_sha1_vectors() {
        let t = Builder::new()
            .with_algorithm(Algorithm::SHA1)
            .with_digits(8)
            .with_skew(0)
            .with_step_duration(30)
            .with_secret(b"12345678901234567890".to_vec())
            .build()
            .expect("totp");
        for (time, code) in [
            (59u64, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ] {
            assert_eq!(t.generate(time).to_string(), code, "at {time}");
            assert_eq!(accept_code(&t, code, time, -1), Some((time / 30) as i64));
        }
    }

    #[test]
    fn codes_accepted_one_step_either_side_and_once() {
        let t = totp(b"12345678901234567890", "ops@x.test").expect("totp");
        let now = 1_700_000_015u64;
        let step = (now / 30) as i64;
        let prev = t.generate(now - 30).to_string();
        let next = t.generate(now + 30).to_string();
        let far = t.generate(now - 60).to_string();
        assert_eq!(accept_code(&t, &prev, now, 0), Some(step - 1));
        assert_eq!(accept_code(&t, &next, now, 0), Some(step + 1));
        assert_eq!(accept_code(&t, &far, now, 0), None, "two steps old");
        let cur = t.generate(now).to_string();
        assert_eq!(accept_code(&t, &cur, now, step), None, "the step was used");
        assert_eq!(
            accept_code(&t, &prev, now, step),
            None,
            "older than the last used"
        );
        assert_eq!(accept_code(&t, "12345", now, 0), None);
        assert_eq!(accept_code(&t, "abcdef", now, 0), None);
        let spaced = format!("{} {}", &cur[..3], &cur[3..]);
        assert_eq!(accept_code(&t, &spaced, now, 0), Some(step));
    }

    #[test]
    fn recovery_codes_shape_and_normalisation() {
        let c = new_recovery_code();
        assert_eq!(c.len(), 11);
        assert_eq!(c.as_bytes()[5], b'-');
        let upper = c.to_uppercase().replace('-', " ");
        assert_eq!(*normalise_recovery_code(&upper), c.replace('-', ""));
    }

    #[test]
    fn relying_party_for_hosts_and_loopback() {
        assert!(relying_party("https://dir.example.com/scim/v2").is_some());
        assert!(relying_party("http://127.0.0.1:8080/scim/v2").is_some());
        assert!(relying_party("http://10.1.2.3:8080/scim/v2").is_none());
        assert!(relying_party("not a url").is_none());
    }
}
