//! Admin and user sign-in against the release binary over HTTP: TOTP
//! (RFC 6238, replay refused), recovery codes, passkeys with a software
//! authenticator, sessions (cookie flags, no fixation, CSRF, sign-out,
//! revocation across replicas), throttling and lockout, enumeration, and
//! the user portal's own sessions.
mod common;

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use common::{
    base32_decode, bootstrapped_org, cli_with, client, post_session, start_with, totp_at, Cookie,
    Server,
};
use reqwest::StatusCode;
use serde_json::{json, Value};

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("time")
        .as_secs()
}

/// A server whose sign-in limits are short enough to test: a login locks
/// after 4 failures for 3 s; addresses are not limited.
fn start_throttled() -> Server {
    let data = tempfile::tempdir().expect("tmp");
    let cfg = data.path().join("server.toml");
    std::fs::write(
        &cfg,
        "[sign_in]\nlogin_free_failures = 2\nlogin_lock_after = 4\nmax_delay_secs = 1\nlock_secs = 3\naddress_free_failures = 100000\naddress_lock_after = 100000\n",
    )
    .expect("config");
    let mut s = start_with(data.path(), &["--config", cfg.to_str().expect("path")], &[]);
    s._data = Some(data);
    s
}

async fn get(c: &reqwest::Client, url: &str, session: &Cookie) -> (StatusCode, Value) {
    let r = c
        .get(url)
        .header("cookie", &session.pair)
        .send()
        .await
        .expect("send");
    let st = r.status();
    (st, r.json().await.unwrap_or(Value::Null))
}

#[test]
fn the_tests_totp_generator_matches_rfc_6238() {
    // RFC 6238 appendix B, SHA-1, 8 digits.
    let secret = b"12345678901234567890";
    for (t, code) in [
        (59, "94287082"),
        (1_111_111_109, "07081804"),
        (1_111_111_111, "14050471"),
        (1_234_567_890, "89005924"),
        (2_000_000_000, "69279037"),
        (20_000_000_000, "65353130"),
    ] {
        assert_eq!(totp_at(secret, t, 8), code);
    }
}

/// The seed's recommendation end to end: a service account signs in,
/// enrols TOTP (the org requires MFA), and generates the API key; codes
/// are single-use; recovery codes work once; sessions rotate and end.
#[tokio::test]
async fn service_account_totp_and_key_generation() {
    let s = common::start();
    let c = client();
    let org = bootstrapped_org(&s);
    let data = s._data.as_ref().expect("data").path().to_path_buf();
    let out = cli_with(
        &data,
        &[
            "create-admin",
            "--org",
            &org,
            "--login",
            "okta-provisioning",
            "--service-account",
            "--password-stdin",
        ],
        "Svc-Account-Pass-1\n",
        &[],
    );
    assert!(out.contains("created admin okta-provisioning"), "{out}");
    // A person's login must be an email; a weak password is refused.
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_directory-server"))
        .args([
            "create-admin",
            "--org",
            &org,
            "--login",
            "not-an-email",
            "--password-stdin",
            "--data-dir",
        ])
        .arg(&data)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("cli");
    assert!(!bad.status.success());

    let url = |p: &str| format!("{}/api/v1{p}", s.url);
    let (st, v, held) = post_session(
        &c,
        &url("/sign-in"),
        json!({"login": "okta-provisioning", "password": "Svc-Account-Pass-1"}),
        None,
    )
    .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(v["stage"], "enrol_mfa");
    let held = held.expect("session");
    for flag in ["HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(
            held.set_cookie.contains(flag),
            "{flag}: {}",
            held.set_cookie
        );
    }
    assert!(
        !held.set_cookie.contains("Secure"),
        "plain http: not Secure"
    );
    // Held at enrolment: nothing else is open.
    let (st, v) = get(&c, &url("/users"), &held).await;
    assert_eq!(st, StatusCode::FORBIDDEN, "{v}");
    assert!(
        v["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("requires MFA"),
        "{v}"
    );

    let (st, e, _) = post_session(&c, &url("/me/mfa/totp"), json!({}), Some(&held)).await;
    assert_eq!(st, StatusCode::OK, "{e}");
    assert!(e["otpauth_uri"]
        .as_str()
        .unwrap_or_default()
        .starts_with("otpauth://totp/"));
    assert!(e["qr_svg"].as_str().unwrap_or_default().contains("<svg"));
    let secret = base32_decode(e["secret"].as_str().expect("secret"));
    let (st, v, _) = post_session(
        &c,
        &url("/me/mfa/totp/confirm"),
        json!({"code": "000000"}),
        Some(&held),
    )
    .await;
    assert_eq!(st, StatusCode::BAD_REQUEST, "a wrong code is refused: {v}");
    let t0 = now();
    let (st, v, full) = post_session(
        &c,
        &url("/me/mfa/totp/confirm"),
        json!({"code": totp_at(&secret, t0, 6)}),
        Some(&held),
    )
    .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    let full = full.expect("full session");
    assert_ne!(
        full.pair, held.pair,
        "the session id changes at the MFA step"
    );
    let codes: Vec<String> = v["recovery_codes"]
        .as_array()
        .expect("codes")
        .iter()
        .map(|c| c.as_str().expect("c").to_string())
        .collect();
    assert_eq!(codes.len(), 10);
    let (st, _) = get(&c, &url("/users"), &held).await;
    assert_eq!(st, StatusCode::UNAUTHORIZED, "the enrolment session ended");

    // CSRF: a state-changing request without the token is refused.
    let r = c
        .post(url("/api-key"))
        .header("cookie", &full.pair)
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let wrong = Cookie {
        csrf: "0".repeat(64),
        ..full.clone()
    };
    let (st, _, _) = post_session(&c, &url("/api-key"), json!({}), Some(&wrong)).await;
    assert_eq!(st, StatusCode::FORBIDDEN);
    // With it, the key is generated, shown once, and works for SCIM.
    let (st, k, _) = post_session(&c, &url("/api-key"), json!({}), Some(&full)).await;
    assert_eq!(st, StatusCode::CREATED, "{k}");
    let key = k["api_key"].as_str().expect("key").to_string();
    let r = c
        .get(format!("{}/scim/v2/Users", s.url))
        .bearer_auth(&key)
        .send()
        .await
        .expect("scim");
    assert_eq!(r.status(), StatusCode::OK);
    // A key cannot make keys.
    let r = c
        .post(url("/api-key"))
        .bearer_auth(&key)
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // Sessions are refused on SCIM (Okta's API takes keys only).
    let r = c
        .get(format!("{}/scim/v2/Users", s.url))
        .header("cookie", &full.pair)
        .send()
        .await
        .expect("scim");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);

    // Sign out: the session is refused at once.
    let (st, _, _) = post_session(&c, &url("/sign-out"), json!({}), Some(&full)).await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(
        get(&c, &url("/users"), &full).await.0,
        StatusCode::UNAUTHORIZED
    );

    // Signing in again asks for the second factor. The code of the step
    // enrolment used is refused (replay); the next step's is accepted once.
    let sign_in_url = url("/sign-in");
    let sign_in = || {
        post_session(
            &c,
            &sign_in_url,
            json!({"login": "okta-provisioning", "password": "Svc-Account-Pass-1"}),
            None,
        )
    };
    let (st, v, mfa) = sign_in().await;
    assert_eq!(
        (st, v["stage"].as_str()),
        (StatusCode::OK, Some("mfa")),
        "{v}"
    );
    let mfa = mfa.expect("mfa session");
    assert_eq!(get(&c, &url("/users"), &mfa).await.0, StatusCode::FORBIDDEN);
    let used = totp_at(&secret, t0, 6);
    let (st, v, _) =
        post_session(&c, &url("/sign-in/totp"), json!({"code": used}), Some(&mfa)).await;
    assert_eq!(st, StatusCode::UNAUTHORIZED, "a used code is refused: {v}");
    let next = totp_at(&secret, t0 + 30, 6);
    let (st, v, full2) =
        post_session(&c, &url("/sign-in/totp"), json!({"code": next}), Some(&mfa)).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    let full2 = full2.expect("session");
    assert_eq!(get(&c, &url("/users"), &full2).await.0, StatusCode::OK);
    assert_eq!(
        get(&c, &url("/users"), &mfa).await.0,
        StatusCode::UNAUTHORIZED,
        "no fixation"
    );
    let (_, v, mfa2) = sign_in().await;
    assert_eq!(v["stage"], "mfa");
    let mfa2 = mfa2.expect("session");
    let (st, _, _) = post_session(
        &c,
        &url("/sign-in/totp"),
        json!({"code": next}),
        Some(&mfa2),
    )
    .await;
    assert_eq!(st, StatusCode::UNAUTHORIZED, "the same code twice");

    // A recovery code works once.
    let (st, v, full3) = post_session(
        &c,
        &url("/sign-in/recovery-code"),
        json!({"code": codes[0]}),
        Some(&mfa2),
    )
    .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(v["recovery_codes_left"], 9);
    let (_, _, mfa3) = sign_in().await;
    let (st, _, _) = post_session(
        &c,
        &url("/sign-in/recovery-code"),
        json!({"code": codes[0]}),
        mfa3.as_ref(),
    )
    .await;
    assert_eq!(st, StatusCode::UNAUTHORIZED, "a used recovery code");

    // Sign out everywhere ends every session of the admin.
    let full3 = full3.expect("session");
    let (st, v, _) = post_session(&c, &url("/sign-out-everywhere"), json!({}), Some(&full3)).await;
    assert_eq!(st, StatusCode::OK);
    assert!(v["signed_out"].as_u64().unwrap_or(0) >= 2, "{v}");
    assert_eq!(
        get(&c, &url("/users"), &full2).await.0,
        StatusCode::UNAUTHORIZED
    );

    // Every attempt is in diagnostics, without secrets.
    let r = c
        .get(url("/diagnostics"))
        .bearer_auth(&key)
        .send()
        .await
        .expect("diag");
    let d: Value = r.json().await.expect("json");
    let outcomes: Vec<&str> = d["sign_in_attempts"]
        .as_array()
        .expect("attempts")
        .iter()
        .filter_map(|a| a["outcome"].as_str())
        .collect();
    assert!(
        outcomes.contains(&"failed: wrong or used code"),
        "{outcomes:?}"
    );
    assert!(outcomes.contains(&"ok: recovery code"), "{outcomes:?}");
    assert!(outcomes.contains(&"enrol_mfa"), "{outcomes:?}");
}

/// Re-authentication: a sign-in older than the window cannot generate a key.
#[tokio::test]
async fn key_generation_needs_a_recent_sign_in() {
    let data = tempfile::tempdir().expect("tmp");
    let cfg = data.path().join("server.toml");
    std::fs::write(&cfg, "[sign_in]\nreauth_secs = 1\n").expect("config");
    let mut s = start_with(data.path(), &["--config", cfg.to_str().expect("path")], &[]);
    s._data = Some(data);
    let (full, _) = common::admin_with_totp(&s, "ops@acme.test", "Tr1cky-Secret-Pw").await;
    let c = client();
    tokio::time::sleep(Duration::from_millis(2100)).await;
    let (st, v, _) = post_session(
        &c,
        &format!("{}/api/v1/api-key", s.url),
        json!({}),
        Some(&full),
    )
    .await;
    assert_eq!(st, StatusCode::FORBIDDEN, "{v}");
    assert!(
        v["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("recent sign-in"),
        "{v}"
    );
    // Reading still works with the older session.
    assert_eq!(
        get(&c, &format!("{}/api/v1/users", s.url), &full).await.0,
        StatusCode::OK
    );
}

/// Unknown logins and wrong passwords get the same answer, in comparable
/// time; a login locks after its failures, even for the right password,
/// and unlocks when the lock ends; throttled attempts are answered at once.
#[tokio::test]
async fn enumeration_and_lockout() {
    let s = start_throttled();
    let org = bootstrapped_org(&s);
    let data = s._data.as_ref().expect("data").path().to_path_buf();
    cli_with(
        &data,
        &[
            "create-admin",
            "--org",
            &org,
            "--login",
            "known@acme.test",
            "--password-stdin",
        ],
        "Tr1cky-Secret-Pw\n",
        &[],
    );
    let c = client();
    let url = format!("{}/api/v1/sign-in", s.url);
    let attempt = |login: String, pw: &'static str| {
        let c = c.clone();
        let url = url.clone();
        async move {
            let t = Instant::now();
            let r = c
                .post(url)
                .json(&json!({"login": login, "password": pw}))
                .send()
                .await
                .expect("send");
            let st = r.status();
            let retry = r
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok())
                .map(str::to_string);
            let body = r.text().await.expect("text");
            (st, body, t.elapsed(), retry)
        }
    };
    // Enumeration: each attempt on its own login (no throttling).
    let (mut known, mut unknown) = (Vec::new(), Vec::new());
    for i in 0..6 {
        // Known login, wrong password: one try per fresh admin.
        let login = format!("k{i}@acme.test");
        cli_with(
            &data,
            &[
                "create-admin",
                "--org",
                &org,
                "--login",
                &login,
                "--password-stdin",
            ],
            "Tr1cky-Secret-Pw\n",
            &[],
        );
        known.push(attempt(login, "Wrong-Password-9").await);
        unknown.push(attempt(format!("nobody{i}@acme.test"), "Wrong-Password-9").await);
    }
    for (k, u) in known.iter().zip(&unknown) {
        assert_eq!(k.0, StatusCode::UNAUTHORIZED);
        assert_eq!((k.0, &k.1), (u.0, &u.1), "same status and body");
    }
    let range = |v: &[(StatusCode, String, Duration, Option<String>)]| {
        let t: Vec<Duration> = v.iter().map(|x| x.2).collect();
        (*t.iter().min().expect("min"), *t.iter().max().expect("max"))
    };
    let (kmin, kmax) = range(&known);
    let (umin, umax) = range(&unknown);
    assert!(
        kmin <= umax && umin <= kmax,
        "time ranges overlap: known {kmin:?}..{kmax:?}, unknown {umin:?}..{umax:?}"
    );

    // Lockout: 2 free failures, then 1 s delays, the 4th locks for 3 s.
    let who = || "known@acme.test".to_string();
    for _ in 0..2 {
        assert_eq!(
            attempt(who(), "Wrong-Password-9").await.0,
            StatusCode::UNAUTHORIZED
        );
    }
    let (st, _, _, retry) = attempt(who(), "Tr1cky-Secret-Pw").await;
    assert_eq!(
        st,
        StatusCode::TOO_MANY_REQUESTS,
        "the delay holds even for the right password"
    );
    assert!(retry.is_some());
    let mut locked = false;
    for _ in 0..10 {
        tokio::time::sleep(Duration::from_millis(1100)).await;
        let (st, _, _, retry) = attempt(who(), "Wrong-Password-9").await;
        if st == StatusCode::TOO_MANY_REQUESTS
            && retry
                .as_deref()
                .and_then(|r| r.parse::<u64>().ok())
                .unwrap_or(0)
                >= 2
        {
            locked = true;
            break;
        }
    }
    assert!(locked, "the login locks");
    let (st, _, _, _) = attempt(who(), "Tr1cky-Secret-Pw").await;
    assert_eq!(
        st,
        StatusCode::TOO_MANY_REQUESTS,
        "locked even for the right password"
    );
    let (st, body, _, _) = attempt("nobody-locked@acme.test".into(), "x").await;
    assert_eq!(
        st,
        StatusCode::UNAUTHORIZED,
        "other logins are not locked: {body}"
    );
    tokio::time::sleep(Duration::from_millis(3200)).await;
    let (st, body, _, _) = attempt(who(), "Tr1cky-Secret-Pw").await;
    assert_eq!(st, StatusCode::OK, "the lock ended: {body}");
    // The throttled attempts are in the audit, counted.
    let d: Value = c
        .get(format!("{}/api/v1/diagnostics", s.url))
        .bearer_auth(s.key.as_deref().expect("key"))
        .send()
        .await
        .expect("diagnostics")
        .json()
        .await
        .expect("json");
    let throttled: i64 = d["sign_in_attempts"]
        .as_array()
        .expect("attempts")
        .iter()
        .filter(|a| a["outcome"] == "throttled" && a["login"] == "known@acme.test")
        .map(|a| a["count"].as_i64().unwrap_or(0))
        .sum();
    assert!(throttled >= 2, "throttled attempts audited: {throttled}");
}

/// The user portal signs in with the directory password; a session
/// reaches only its own user; unknown and wrong answer alike.
#[tokio::test]
async fn user_portal_sessions() {
    let s = common::start();
    let c = client();
    let key = s.key.clone().expect("key");
    for (login, pw) in [
        ("ann@acme.test", "Green-Tea-4077"),
        ("bob@acme.test", "Coffee-Bean-52"),
    ] {
        let r = c
            .post(format!("{}/scim/v2/Users", s.url))
            .bearer_auth(&key)
            .header("content-type", "application/scim+json")
            .body(json!({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": login, "password": pw, "displayName": login}).to_string())
            .send()
            .await
            .expect("create");
        assert_eq!(r.status(), StatusCode::CREATED);
    }
    let url = |p: &str| format!("{}/portal/v1{p}", s.url);
    let (st_wrong, wrong, _) = post_session(
        &c,
        &url("/sign-in"),
        json!({"username": "ann", "password": "nope"}),
        None,
    )
    .await;
    let (st_unknown, unknown, _) = post_session(
        &c,
        &url("/sign-in"),
        json!({"username": "zed", "password": "nope"}),
        None,
    )
    .await;
    assert_eq!(st_wrong, StatusCode::UNAUTHORIZED);
    assert_eq!((st_wrong, &wrong), (st_unknown, &unknown));
    let (st, v, ann) = post_session(
        &c,
        &url("/sign-in"),
        json!({"username": "ann", "password": "Green-Tea-4077"}),
        None,
    )
    .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    let ann = ann.expect("session");
    let (st, me) = get(&c, &url("/me"), &ann).await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(me["username"], "ann");
    assert!(
        me.to_string().find("bob").is_none(),
        "only ann's own record"
    );
    // A user session is not an admin session.
    assert_eq!(
        get(&c, &format!("{}/api/v1/users", s.url), &ann).await.0,
        StatusCode::UNAUTHORIZED
    );
    // Attribute edits are off by default.
    let (st, v, _) = post_session(
        &c,
        &url("/attributes"),
        json!({"attributes": {"title": "x"}}),
        Some(&ann),
    )
    .await;
    assert_eq!(st, StatusCode::FORBIDDEN, "{v}");
    // A password change needs the CSRF token and the current password.
    let no_csrf = c
        .post(url("/password"))
        .header("cookie", &ann.pair)
        .json(&json!({"current_password": "Green-Tea-4077", "new_password": "Black-Tea-8011"}))
        .send()
        .await
        .expect("send");
    assert_eq!(no_csrf.status(), StatusCode::FORBIDDEN);
    let (st, v, _) = post_session(
        &c,
        &url("/password"),
        json!({"current_password": "wrong", "new_password": "Black-Tea-8011"}),
        Some(&ann),
    )
    .await;
    assert_eq!(st, StatusCode::FORBIDDEN, "{v}");
    let (st, v, _) = post_session(
        &c,
        &url("/password"),
        json!({"current_password": "Green-Tea-4077", "new_password": "Black-Tea-8011"}),
        Some(&ann),
    )
    .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    let (_, me) = get(&c, &url("/me"), &ann).await;
    assert_eq!(me["password"]["drift"], true, "a local change is drift");
    let (st, _, _) = post_session(
        &c,
        &url("/sign-in"),
        json!({"username": "ann", "password": "Black-Tea-8011"}),
        None,
    )
    .await;
    assert_eq!(st, StatusCode::OK);
    // Suspending the user ends the session.
    let id = me["id"].as_str().expect("id");
    let r = c
        .post(format!("{}/api/v1/users/{id}/suspend", s.url))
        .bearer_auth(&key)
        .send()
        .await
        .expect("suspend");
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert_eq!(get(&c, &url("/me"), &ann).await.0, StatusCode::UNAUTHORIZED);
    let (st, _, _) = post_session(
        &c,
        &url("/sign-in"),
        json!({"username": "ann", "password": "Black-Tea-8011"}),
        None,
    )
    .await;
    assert_eq!(
        st,
        StatusCode::UNAUTHORIZED,
        "a suspended user cannot sign in"
    );
}

/// A passkey registered and used with a software authenticator.
#[tokio::test]
async fn passkey_with_a_software_authenticator() {
    use webauthn_authenticator_rs::softpasskey::SoftPasskey;
    use webauthn_authenticator_rs::WebauthnAuthenticator;
    let s = common::start();
    let c = client();
    let (full, secret) = common::admin_with_totp(&s, "pk@acme.test", "Passkey-Admin-1").await;
    let port = s.url.rsplit(':').next().expect("port");
    let origin = url::Url::parse(&format!("http://localhost:{port}")).expect("origin");
    let url = |p: &str| format!("{}/api/v1{p}", s.url);
    let mut authenticator = SoftPasskey::new(true);
    let (st, ccr, _) = post_session(
        &c,
        &url("/me/mfa/passkeys/start"),
        json!({"name": "laptop"}),
        Some(&full),
    )
    .await;
    assert_eq!(st, StatusCode::OK, "{ccr}");
    let reg = authenticator
        .do_registration(origin.clone(), serde_json::from_value(ccr).expect("ccr"))
        .expect("register");
    let (st, v, _) = post_session(
        &c,
        &url("/me/mfa/passkeys/finish"),
        serde_json::to_value(&reg).expect("json"),
        Some(&full),
    )
    .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    // Sign in with password, then the passkey.
    let (_, v, mfa) = post_session(
        &c,
        &url("/sign-in"),
        json!({"login": "pk@acme.test", "password": "Passkey-Admin-1"}),
        None,
    )
    .await;
    assert_eq!(v["stage"], "mfa");
    let mfa = mfa.expect("session");
    let (st, rcr, _) =
        post_session(&c, &url("/sign-in/passkey/start"), json!({}), Some(&mfa)).await;
    assert_eq!(st, StatusCode::OK, "{rcr}");
    let assertion = authenticator
        .do_authentication(origin.clone(), serde_json::from_value(rcr).expect("rcr"))
        .expect("authenticate");
    let assertion = serde_json::to_value(&assertion).expect("json");
    let (st, v, full2) = post_session(
        &c,
        &url("/sign-in/passkey/finish"),
        assertion.clone(),
        Some(&mfa),
    )
    .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    let full2 = full2.expect("session");
    assert_eq!(get(&c, &url("/users"), &full2).await.0, StatusCode::OK);
    // The same assertion again (a replay) is refused.
    let (_, _, mfa2) = post_session(
        &c,
        &url("/sign-in"),
        json!({"login": "pk@acme.test", "password": "Passkey-Admin-1"}),
        None,
    )
    .await;
    let mfa2 = mfa2.expect("session");
    let _ = post_session(&c, &url("/sign-in/passkey/start"), json!({}), Some(&mfa2)).await;
    let (st, _, _) =
        post_session(&c, &url("/sign-in/passkey/finish"), assertion, Some(&mfa2)).await;
    assert_eq!(st, StatusCode::UNAUTHORIZED);
    let (_, me) = get(&c, &url("/me"), &full2).await;
    assert_eq!(me["admin"]["mfa"]["passkeys"][0]["name"], "laptop", "{me}");
    assert_eq!(me["admin"]["mfa"]["totp"], true);
    let _ = secret;
}

/// Two replicas on one PostgreSQL database: a session made on one works on
/// the other, and signing out on one is refused on the other at once.
#[tokio::test]
async fn postgres_revoked_session_refused_on_another_replica() {
    let Some(pg) = common::PgDb::create("signin", "sessions across PostgreSQL replicas") else {
        return;
    };
    let key_hex = "22".repeat(32);
    let env = [("DIRECTORY_SERVER_KEY", key_hex.as_str())];
    let d1 = tempfile::tempdir().expect("tmp");
    let d2 = tempfile::tempdir().expect("tmp");
    let a = start_with(d1.path(), &["--database-url", &pg.url], &env);
    let b = start_with(d2.path(), &["--database-url", &pg.url], &env);
    let org = bootstrapped_org(&a);
    cli_with(
        d1.path(),
        &[
            "create-admin",
            "--org",
            &org,
            "--login",
            "pg@acme.test",
            "--password-stdin",
            "--database-url",
            &pg.url,
        ],
        "Replica-Pass-77\n",
        &env,
    );
    let (session, _) = {
        // sign_in_and_enrol needs only the URL.
        common::sign_in_and_enrol(&a, "pg@acme.test", "Replica-Pass-77").await
    };
    let c = client();
    assert_eq!(
        get(&c, &format!("{}/api/v1/users", b.url), &session)
            .await
            .0,
        StatusCode::OK,
        "the session works on the other replica"
    );
    let (st, _, _) = post_session(
        &c,
        &format!("{}/api/v1/sign-out", a.url),
        json!({}),
        Some(&session),
    )
    .await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(
        get(&c, &format!("{}/api/v1/users", b.url), &session)
            .await
            .0,
        StatusCode::UNAUTHORIZED,
        "revoked on the other replica"
    );
}

/// An admin's own password change (recent sign-in) ends their other
/// sessions and keeps the one that made it.
#[tokio::test]
async fn own_password_change_ends_other_sessions() {
    let s = common::start();
    let c = client();
    let (a, _) = common::admin_with_totp(&s, "pw@acme.test", "First-Secret-99").await;
    let url = |p: &str| format!("{}/api/v1{p}", s.url);
    let (_, v, b) = post_session(
        &c,
        &url("/sign-in"),
        json!({"login": "pw@acme.test", "password": "First-Secret-99"}),
        None,
    )
    .await;
    assert_eq!(v["stage"], "mfa");
    let b = b.expect("second session");
    let (st, v, _) = post_session(
        &c,
        &url("/me/password"),
        json!({"new_password": "short"}),
        Some(&a),
    )
    .await;
    assert_eq!(st, StatusCode::BAD_REQUEST, "the org's policy applies: {v}");
    let (st, v, _) = post_session(
        &c,
        &url("/me/password"),
        json!({"new_password": "Second-Secret-42"}),
        Some(&a),
    )
    .await;
    assert_eq!(st, StatusCode::NO_CONTENT, "{v}");
    assert_eq!(
        get(&c, &url("/users"), &a).await.0,
        StatusCode::OK,
        "the changing session stays"
    );
    assert_eq!(
        get(&c, &url("/session"), &b).await.0,
        StatusCode::UNAUTHORIZED,
        "the other ended"
    );
    let (st, _, _) = post_session(
        &c,
        &url("/sign-in"),
        json!({"login": "pw@acme.test", "password": "First-Secret-99"}),
        None,
    )
    .await;
    assert_eq!(st, StatusCode::UNAUTHORIZED, "the old password");
    let (st, v, _) = post_session(
        &c,
        &url("/sign-in"),
        json!({"login": "pw@acme.test", "password": "Second-Secret-42"}),
        None,
    )
    .await;
    assert_eq!((st, v["stage"].as_str()), (StatusCode::OK, Some("mfa")));
}

/// Admins added over the API (recent sign-in): a read-only admin reads and
/// changes nothing; disabling an admin ends their sessions at once.
#[tokio::test]
async fn admins_roles_and_disable() {
    let s = common::start();
    let c = client();
    let (a, _) = common::admin_with_totp(&s, "lead@acme.test", "Chief-Secret-77").await;
    let url = |p: &str| format!("{}/api/v1{p}", s.url);
    let add = json!({"login": "viewer@acme.test", "password": "Watcher-Pass-88", "role": "read_only", "display_name": "<b>Viewer</b>"});
    let (st, v, _) = post_session(&c, &url("/admins"), add.clone(), Some(&a)).await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    assert_eq!(v["role"], "read_only");
    assert_eq!(v["has_password"], true);
    let id = v["id"].as_str().expect("id").to_string();
    let (st, _, _) = post_session(&c, &url("/admins"), add, Some(&a)).await;
    assert_eq!(st, StatusCode::CONFLICT, "the login exists");
    let (viewer, _) = common::sign_in_and_enrol(&s, "viewer@acme.test", "Watcher-Pass-88").await;
    assert_eq!(get(&c, &url("/users"), &viewer).await.0, StatusCode::OK);
    let (st, v, _) = post_session(&c, &url("/enrolment-tokens"), json!({}), Some(&viewer)).await;
    assert_eq!(st, StatusCode::FORBIDDEN, "{v}");
    assert!(
        v["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("read-only"),
        "{v}"
    );
    let (st, _, _) = post_session(&c, &url("/api-key"), json!({}), Some(&viewer)).await;
    assert_eq!(st, StatusCode::FORBIDDEN);
    let (_, list) = get(&c, &url("/admins"), &a).await;
    let logins: Vec<&str> = list["admins"]
        .as_array()
        .expect("admins")
        .iter()
        .filter_map(|x| x["email"].as_str())
        .collect();
    assert!(
        logins.contains(&"viewer@acme.test") && logins.contains(&"lead@acme.test"),
        "{logins:?}"
    );
    let viewer_row = list["admins"]
        .as_array()
        .expect("admins")
        .iter()
        .find(|x| x["email"] == "viewer@acme.test")
        .expect("viewer");
    assert_eq!(viewer_row["mfa"]["totp"], true);
    assert_eq!(viewer_row["mfa"]["recovery_codes_left"], 10);
    let (st, _, _) = post_session(
        &c,
        &url(&format!("/admins/{id}/disable")),
        json!({}),
        Some(&a),
    )
    .await;
    assert_eq!(st, StatusCode::NO_CONTENT);
    assert_eq!(
        get(&c, &url("/users"), &viewer).await.0,
        StatusCode::UNAUTHORIZED,
        "disabled at once"
    );
    let (st, _, _) = post_session(
        &c,
        &url("/sign-in"),
        json!({"login": "viewer@acme.test", "password": "Watcher-Pass-88"}),
        None,
    )
    .await;
    assert_eq!(
        st,
        StatusCode::UNAUTHORIZED,
        "a disabled admin cannot sign in"
    );
}

/// Sessions end when unused for the idle timeout, and at the absolute
/// timeout however much they are used.
#[tokio::test]
async fn idle_and_absolute_timeouts() {
    let data = tempfile::tempdir().expect("tmp");
    let cfg = data.path().join("server.toml");
    std::fs::write(
        &cfg,
        "[sign_in]\nsession_idle_secs = 4\nsession_absolute_secs = 12\n",
    )
    .expect("config");
    let mut s = start_with(data.path(), &["--config", cfg.to_str().expect("path")], &[]);
    s._data = Some(data);
    let (a, _) = common::admin_with_totp(&s, "clock@acme.test", "Tick-Tock-Pass-5").await;
    // The session started before `t0`; each use is 2 s after the last
    // (under the 4 s idle timeout), the last one under 12 s from the start
    // with 2 s to spare, then one at 13 s (3 s after the last use).
    let t0 = std::time::Instant::now();
    let c = client();
    let users = format!("{}/api/v1/users", s.url);
    for k in 1..=5u64 {
        tokio::time::sleep_until((t0 + Duration::from_secs(2 * k)).into()).await;
        assert_eq!(
            get(&c, &users, &a).await.0,
            StatusCode::OK,
            "used within the idle timeout"
        );
    }
    tokio::time::sleep_until((t0 + Duration::from_secs(13)).into()).await;
    assert_eq!(
        get(&c, &users, &a).await.0,
        StatusCode::UNAUTHORIZED,
        "the absolute timeout"
    );
    let (_, _, b) = post_session(
        &c,
        &format!("{}/api/v1/sign-in", s.url),
        json!({"login": "clock@acme.test", "password": "Tick-Tock-Pass-5"}),
        None,
    )
    .await;
    let b = b.expect("session");
    // A second session nobody will present again.
    let (st, _, _) = post_session(
        &c,
        &format!("{}/api/v1/sign-in", s.url),
        json!({"login": "clock@acme.test", "password": "Tick-Tock-Pass-5"}),
        None,
    )
    .await;
    assert_eq!(st, StatusCode::OK);
    tokio::time::sleep(Duration::from_millis(4500)).await;
    assert_eq!(
        get(&c, &format!("{}/api/v1/session", s.url), &b).await.0,
        StatusCode::UNAUTHORIZED,
        "the idle timeout"
    );
    // Ended sessions do not pile up: the one never presented again is
    // cleared by the holder's next sign-in.
    let (st, _, _) = post_session(
        &c,
        &format!("{}/api/v1/sign-in", s.url),
        json!({"login": "clock@acme.test", "password": "Tick-Tock-Pass-5"}),
        None,
    )
    .await;
    assert_eq!(st, StatusCode::OK);
    let list: Value = c
        .get(format!("{}/api/v1/admins", s.url))
        .bearer_auth(s.key.as_deref().expect("key"))
        .send()
        .await
        .expect("admins")
        .json()
        .await
        .expect("json");
    let me = list["admins"]
        .as_array()
        .expect("admins")
        .iter()
        .find(|x| x["email"] == "clock@acme.test")
        .expect("admin")
        .clone();
    assert_eq!(me["sessions"], 1, "only the new session is left: {me}");
}
