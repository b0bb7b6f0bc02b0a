//! The seed's six password workflows (../shared/docs/seed-workflows.md), each
//! walked step by step, plus its edge cases. P0 is the previous password,
//! P1 the new one.
use chrono::Utc;
use password_sync::material::{self, CredentialMaterial};
use password_sync::{
    Action, DeliveryEvent as E, DeliveryState as S, HashParams, PasswordPolicy, Platform, UserSync,
    Zeroizing,
};

const P0: &str = "Old-Passw0rd";
const P1: &str = "New-Passw0rd";
const P2: &str = "Newer-Passw0rd";

fn derive(p: &str) -> CredentialMaterial {
    material::derive(
        Zeroizing::new(p.to_string()),
        &HashParams::insecure_fast_for_tests(),
    )
    .expect("derive")
}

/// The version a check-in's actions send, if any.
fn sent(actions: Vec<Action>) -> Option<u64> {
    match actions.as_slice() {
        [] => None,
        [Action::SendMaterial { version, .. }] => Some(*version),
        other => panic!("a fetch answered {other:?}"),
    }
}

/// A user with password P0 already confirmed on the given devices.
fn user_with(devices: &[(&str, Platform)]) -> UserSync {
    let policy = PasswordPolicy::default();
    let mut u = UserSync::default();
    u.okta_push(false, vec![], &policy, Utc::now()).expect("P0");
    for (id, p) in devices {
        u.bind(id, *p);
        sent(u.fetch(id).expect("fetch P0"));
        match p {
            Platform::Macos => {
                u.report(id, 1, E::Prompted).expect("prompt");
                u.report(
                    id,
                    1,
                    E::Confirmed {
                        previous_password_ok: true,
                    },
                )
                .expect("confirm");
            }
            _ => {
                u.report(
                    id,
                    1,
                    E::Applied {
                        credential_manager_cleared: *p == Platform::Windows,
                    },
                )
                .expect("apply");
            }
        }
    }
    u
}

fn okta_changes(u: &mut UserSync) -> Vec<Action> {
    u.okta_push(false, vec![], &PasswordPolicy::default(), Utc::now())
        .expect("push")
}

fn state(u: &UserSync, dev: &str, version: u64) -> S {
    u.devices[dev]
        .deliveries
        .iter()
        .find(|d| d.version == version)
        .map(|d| d.state)
        .expect("delivery")
}

#[test]
fn workflow_1_single_mac_online() {
    let mut u = user_with(&[("mac", Platform::Macos)]);
    // 1-2. The user changes P0 → P1 in Okta; the directory records v2, pending.
    let actions = okta_changes(&mut u);
    assert!(actions.contains(&Action::FanOut { version: 2 }));
    assert!(actions.contains(&Action::NotifyDevice {
        device: "mac".into()
    }));
    assert_eq!(state(&u, "mac", 2), S::Pending);
    // 3. The agent checks in and receives the hash; a notification asks to confirm.
    assert_eq!(sent(u.fetch("mac").expect("fetch")), Some(2));
    assert_eq!(state(&u, "mac", 2), S::Delivered);
    u.report("mac", 2, E::Prompted).expect("prompt");
    assert_eq!(state(&u, "mac", 2), S::AwaitingConfirmation);
    // 4. The user confirms with P1 and P0: login, FileVault and keychain re-keyed.
    u.report(
        "mac",
        2,
        E::Confirmed {
            previous_password_ok: true,
        },
    )
    .expect("confirm");
    assert_eq!(state(&u, "mac", 2), S::Confirmed);
    let m = derive(P1);
    assert!(m.macos.verify(P1));
    assert!(!m.macos.verify(P0));
}

#[test]
fn workflow_1_wrong_previous_password_resets_the_keychain() {
    let mut u = user_with(&[("mac", Platform::Macos)]);
    okta_changes(&mut u);
    sent(u.fetch("mac").expect("fetch"));
    u.report("mac", 2, E::Prompted).expect("prompt");
    let a = u
        .report(
            "mac",
            2,
            E::Confirmed {
                previous_password_ok: false,
            },
        )
        .expect("confirm");
    assert!(a.contains(&Action::ReportKeychainReset {
        device: "mac".into()
    }));
    assert_eq!(state(&u, "mac", 2), S::KeychainReset);
}

#[test]
fn workflow_2_single_mac_offline() {
    let mut u = user_with(&[("mac", Platform::Macos)]);
    // 1. The Mac is offline; the change arrives; delivery stays pending.
    okta_changes(&mut u);
    assert_eq!(state(&u, "mac", 2), S::Pending);
    // 2. Cold boot: FileVault opens with P0 (device side; the agent is not running).
    // 3. After unlock the agent connects and receives v2.
    assert_eq!(sent(u.fetch("mac").expect("fetch")), Some(2));
    // 4. The login prompt asks previous + new; the user gives P0 and P1.
    u.report("mac", 2, E::Prompted).expect("login prompt");
    u.report(
        "mac",
        2,
        E::Confirmed {
            previous_password_ok: true,
        },
    )
    .expect("confirm");
    assert_eq!(state(&u, "mac", 2), S::Confirmed);
    assert_eq!(u.devices["mac"].completed_version, 2);
}

#[test]
fn workflow_3_multiple_macs_online() {
    let mut u = user_with(&[("mac-a", Platform::Macos), ("mac-b", Platform::Macos)]);
    okta_changes(&mut u);
    // Each device has its own delivery record for v2.
    assert_eq!(state(&u, "mac-a", 2), S::Pending);
    assert_eq!(state(&u, "mac-b", 2), S::Pending);
    // 1. Primary Mac: as workflow 1.
    sent(u.fetch("mac-a").expect("fetch"));
    u.report("mac-a", 2, E::Prompted).expect("prompt");
    u.report(
        "mac-a",
        2,
        E::Confirmed {
            previous_password_ok: true,
        },
    )
    .expect("confirm");
    // 2. Second Mac, online past FileVault: its agent received the hash too...
    sent(u.fetch("mac-b").expect("fetch"));
    assert_eq!(state(&u, "mac-b", 2), S::Delivered);
    // ...and at its next login the prompt asks previous + new.
    u.report("mac-b", 2, E::Prompted).expect("prompt");
    u.report(
        "mac-b",
        2,
        E::Confirmed {
            previous_password_ok: true,
        },
    )
    .expect("confirm");
    assert_eq!(state(&u, "mac-a", 2), S::Confirmed);
    assert_eq!(state(&u, "mac-b", 2), S::Confirmed);
}

#[test]
fn workflow_4_macs_online_and_offline() {
    let mut u = user_with(&[("mac-a", Platform::Macos), ("mac-b", Platform::Macos)]);
    okta_changes(&mut u);
    sent(u.fetch("mac-a").expect("fetch"));
    u.report("mac-a", 2, E::Prompted).expect("prompt");
    u.report(
        "mac-a",
        2,
        E::Confirmed {
            previous_password_ok: true,
        },
    )
    .expect("confirm");
    // The admin view: confirmed on one Mac, pending on the other until it returns.
    assert_eq!(state(&u, "mac-a", 2), S::Confirmed);
    assert_eq!(state(&u, "mac-b", 2), S::Pending);
    // The second Mac returns: FileVault with P0, then previous + new at login.
    sent(u.fetch("mac-b").expect("fetch"));
    u.report("mac-b", 2, E::Prompted).expect("prompt");
    u.report(
        "mac-b",
        2,
        E::Confirmed {
            previous_password_ok: true,
        },
    )
    .expect("confirm");
    assert_eq!(state(&u, "mac-b", 2), S::Confirmed);
}

#[test]
fn workflow_5_windows() {
    let mut u = user_with(&[("win", Platform::Windows)]);
    okta_changes(&mut u);
    assert_eq!(sent(u.fetch("win").expect("fetch")), Some(2));
    // 2-3. The local hash is updated and the credential manager cleared.
    u.report(
        "win",
        2,
        E::Applied {
            credential_manager_cleared: true,
        },
    )
    .expect("apply");
    let d = u.devices["win"]
        .deliveries
        .iter()
        .find(|d| d.version == 2)
        .expect("delivery");
    assert_eq!(d.state, S::Applied);
    assert!(d.credential_manager_cleared);
    let m = derive(P1);
    assert!(m.windows.verify(P1));
    assert!(!m.windows.verify(P0));
}

#[test]
fn workflow_6_linux() {
    let mut u = user_with(&[("linux", Platform::Linux)]);
    okta_changes(&mut u);
    assert_eq!(sent(u.fetch("linux").expect("fetch")), Some(2));
    u.report(
        "linux",
        2,
        E::Applied {
            credential_manager_cleared: false,
        },
    )
    .expect("apply");
    assert_eq!(state(&u, "linux", 2), S::Applied);
    let m = derive(P1);
    assert!(material::verify_shadow(&m.linux, P1));
    assert!(!material::verify_shadow(&m.linux, P0));
}

#[test]
fn three_changes_while_a_mac_is_offline_converge_on_the_newest() {
    let mut u = user_with(&[("mac", Platform::Macos)]);
    okta_changes(&mut u); // v2
    okta_changes(&mut u); // v3
    okta_changes(&mut u); // v4
    assert_eq!(state(&u, "mac", 2), S::Superseded);
    assert_eq!(state(&u, "mac", 3), S::Superseded);
    assert_eq!(sent(u.fetch("mac").expect("fetch")), Some(4));
    // A superseded version is never applied after the newer one.
    assert!(u.report("mac", 2, E::Prompted).is_err());
    u.report("mac", 4, E::Prompted).expect("prompt");
    u.report(
        "mac",
        4,
        E::Confirmed {
            previous_password_ok: true,
        },
    )
    .expect("confirm");
    assert!(
        u.report("mac", 3, E::Prompted).is_err(),
        "older than completed"
    );
    let _ = (P2, derive(P2));
}

#[test]
fn suspended_while_offline_cancels_and_locks() {
    let mut u = user_with(&[("linux", Platform::Linux), ("mac", Platform::Macos)]);
    okta_changes(&mut u);
    let a = u.suspend();
    assert!(a.contains(&Action::LockLocalAccount {
        device: "linux".into()
    }));
    assert!(a.contains(&Action::LockLocalAccount {
        device: "mac".into()
    }));
    assert_eq!(state(&u, "linux", 2), S::Cancelled);
    assert_eq!(sent(u.fetch("mac").expect("fetch")), None);
    // Okta pushes while suspended: kept, not delivered.
    let a = okta_changes(&mut u);
    assert!(!a.iter().any(|x| matches!(x, Action::NotifyDevice { .. })));
    // Restored: devices get the current version.
    let a = u.reactivate();
    assert!(a.contains(&Action::NotifyDevice {
        device: "mac".into()
    }));
    assert_eq!(sent(u.fetch("mac").expect("fetch")), Some(3));
}

#[test]
fn portal_change_drifts_until_okta_overwrites_it() {
    let mut u = user_with(&[("linux", Platform::Linux)]);
    let policy = PasswordPolicy::default();
    let a = u
        .portal_change(vec![], &policy, Utc::now())
        .expect("portal");
    assert!(a.contains(&Action::DriftDetected));
    assert!(a.contains(&Action::NotifyDevice {
        device: "linux".into()
    }));
    assert!(u.password.drift);
    let a = okta_changes(&mut u);
    assert!(a.contains(&Action::DriftResolved));
    assert!(!u.password.drift);
    assert_eq!(sent(u.fetch("linux").expect("fetch")), Some(3));
}

/// The macOS entropy equals a PBKDF2-HMAC-SHA512 computed here from HMAC
/// alone (RFC 8018 §5.2), independently of the `pbkdf2` crate.
#[test]
fn macos_entropy_matches_independent_pbkdf2() {
    use hmac::{Hmac, Mac};
    type H = Hmac<sha2::Sha512>;
    let m = derive(P1);
    let (entropy, salt, iterations) = m.macos.expose().expect("decode");
    assert_eq!((entropy.len(), salt.len()), (128, 32));
    assert!(iterations >= 20_000);
    let mut out = Vec::new();
    for block in 1u32..=2 {
        let mut mac = H::new_from_slice(P1.as_bytes()).expect("key");
        mac.update(&salt);
        mac.update(&block.to_be_bytes());
        let mut u = mac.finalize().into_bytes();
        let mut t = u;
        for _ in 1..iterations {
            let mut mac = H::new_from_slice(P1.as_bytes()).expect("key");
            mac.update(&u);
            u = mac.finalize().into_bytes();
            for (a, b) in t.iter_mut().zip(u.iter()) {
                *a ^= b;
            }
        }
        out.extend_from_slice(&t);
    }
    assert_eq!(out, entropy);
}
