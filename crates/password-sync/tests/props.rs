//! Random event sequences against `UserSync`: the invariants of the seed's workflows.
use std::collections::{BTreeMap, BTreeSet};

use chrono::Utc;
use password_sync::{Action, DeliveryEvent, PasswordPolicy, Platform, PolicyViolation, UserSync};
use proptest::prelude::*;

const DEVICES: [(&str, Platform); 3] = [
    ("mac", Platform::Macos),
    ("win", Platform::Windows),
    ("linux", Platform::Linux),
];

#[derive(Debug, Clone)]
enum Op {
    OktaPush { unchanged: bool, violates: bool },
    Portal { ok: bool },
    Fetch(usize),
    Report { dev: usize, older: bool, event: u8 },
    Suspend,
    Reactivate,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (any::<bool>(), any::<bool>()).prop_map(|(unchanged, violates)| Op::OktaPush {
            unchanged,
            violates
        }),
        any::<bool>().prop_map(|ok| Op::Portal { ok }),
        (0usize..3).prop_map(Op::Fetch),
        (0usize..3, any::<bool>(), 0u8..5).prop_map(|(dev, older, event)| Op::Report {
            dev,
            older,
            event
        }),
        Just(Op::Suspend),
        Just(Op::Reactivate),
    ]
}

fn event(n: u8) -> DeliveryEvent {
    match n {
        0 => DeliveryEvent::Applied {
            credential_manager_cleared: true,
        },
        1 => DeliveryEvent::Prompted,
        2 => DeliveryEvent::Confirmed {
            previous_password_ok: true,
        },
        3 => DeliveryEvent::Confirmed {
            previous_password_ok: false,
        },
        _ => DeliveryEvent::Fetched,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn invariants_hold_for_any_event_sequence(ops in prop::collection::vec(op(), 1..60)) {
        let policy = PasswordPolicy::default();
        let mut u = UserSync::default();
        for (id, p) in DEVICES {
            u.bind(id, p);
        }
        let mut last_version = 0;
        let mut completed: BTreeMap<&str, u64> = BTreeMap::new();
        let mut fetched: BTreeSet<(String, u64)> = BTreeSet::new();
        for op in ops {
            match op {
                Op::OktaPush { unchanged, violates } => {
                    let v = if violates { vec![PolicyViolation::MissingDigit] } else { vec![] };
                    u.okta_push(unchanged, v, &policy, Utc::now()).expect("okta push never fails");
                }
                Op::Portal { ok } => {
                    let v = if ok { vec![] } else { vec![PolicyViolation::MissingDigit] };
                    let r = u.portal_change(v, &policy, Utc::now());
                    prop_assert!(r.is_ok() == (ok && !u.suspended));
                }
                Op::Fetch(d) => {
                    for a in u.fetch(DEVICES[d].0).expect("bound") {
                        match a {
                            Action::SendMaterial { device, version } => {
                                prop_assert_eq!(&device, DEVICES[d].0);
                                fetched.insert((device, version));
                            }
                            other => prop_assert!(false, "a fetch answered {:?}", other),
                        }
                    }
                }
                Op::Report { dev, older, event: e } => {
                    let id = DEVICES[dev].0;
                    let newest = u.devices[id].deliveries.last().map(|d| d.version).unwrap_or(0);
                    let v = if older { newest.saturating_sub(1) } else { newest };
                    let _ = u.report(id, v, event(e)); // may be refused; must never panic
                }
                Op::Suspend => { u.suspend(); }
                Op::Reactivate => { u.reactivate(); }
            }
            // Versions only increase.
            prop_assert!(u.password.version >= last_version);
            last_version = u.password.version;
            for (id, _) in DEVICES {
                let d = &u.devices[id];
                // A device never goes backwards.
                let prev = completed.get(id).copied().unwrap_or(0);
                prop_assert!(d.completed_version >= prev);
                completed.insert(id, d.completed_version);
                // At most one open delivery, and versions strictly increase per device.
                prop_assert!(d.deliveries.iter().filter(|x| x.state.is_open()).count() <= 1);
                prop_assert!(d.deliveries.windows(2).all(|w| w[0].version < w[1].version));
                // Nothing completes without having been delivered.
                for del in d.deliveries.iter().filter(|x| x.state.is_completed()) {
                    prop_assert!(fetched.contains(&(id.to_string(), del.version)));
                }
                // A suspended user has no open delivery.
                if u.suspended {
                    prop_assert!(d.open().is_none());
                }
            }
        }
    }
}
