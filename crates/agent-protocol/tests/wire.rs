//! The wire format as JSON: what older and newer peers send must decode.

use agent_protocol::*;
use proptest::prelude::*;
use serde_json::json;

#[test]
fn a_checkin_from_a_newer_server_decodes() {
    // Unknown members at every level, and a command this side does not know.
    let v = json!({
        "protocol_version": 2, "cursor": 9, "future": {"x": 1},
        "deliveries": [],
        "commands": [
            {"seq": 8, "user_id": "u1", "username": "ann", "command": "lock", "reason": "suspended"},
            {"seq": 9, "user_id": "u1", "username": "ann", "command": "rotate-keys"}
        ]
    });
    let c: CheckinResponse = serde_json::from_value(v).expect("decodes");
    assert_eq!(c.protocol_version, 2);
    assert_eq!(c.cursor, 9);
    assert_eq!(c.commands[0].command, CommandKind::Lock);
    assert_eq!(c.commands[1].command, CommandKind::Unknown);
}

#[test]
fn a_checkin_from_an_older_server_decodes_as_version_1() {
    let c: CheckinResponse = serde_json::from_value(json!({"cursor": 0})).expect("decodes");
    assert_eq!(
        c,
        CheckinResponse {
            protocol_version: 1,
            ..CheckinResponse::empty(0)
        }
    );
    assert!(c.is_empty());
}

#[test]
fn a_checkin_round_trips() {
    let c = CheckinResponse {
        protocol_version: PROTOCOL_VERSION,
        cursor: 12,
        deliveries: Vec::new(),
        commands: vec![AccountCommand {
            seq: 12,
            user_id: "u".into(),
            username: "ann".into(),
            command: CommandKind::Unlock,
        }],
        accounts: Some(vec![AccountSpec {
            user_id: "u".into(),
            username: "ann".into(),
            uid: 200_000,
            gid: 200_000,
            full_name: "Ann Lee".into(),
            home: "/home/ann".into(),
            shell: "/bin/bash".into(),
            locked: true,
            take_over: false,
            password_version: 4,
            admin: Some(AdminGrant {
                until: Some(1_900_000_000),
            }),
        }]),
        groups: Some(vec![GroupSpec {
            group_id: "g".into(),
            name: "eng".into(),
            gid: 300_000,
            members: vec!["u".into()],
        }]),
    };
    let text = serde_json::to_string(&c).expect("encodes");
    assert!(text.contains(r#""command":"unlock""#), "{text}");
    assert!(text.contains(r#""uid":200000"#), "{text}");
    assert!(text.contains(r#""admin":{"until":1900000000}"#), "{text}");
    assert!(text.contains(r#""gid":300000"#), "{text}");
    assert_eq!(
        serde_json::from_str::<CheckinResponse>(&text).expect("decodes"),
        c
    );
}

#[test]
fn an_older_servers_checkin_has_no_groups_and_no_admins_and_grants_end() {
    let old = r#"{"cursor":3,"accounts":[{"user_id":"u","username":"ann","uid":200000,"gid":200000,"home":"/home/ann","shell":"/bin/sh"}]}"#;
    let c: CheckinResponse = serde_json::from_str(old).expect("decodes");
    assert_eq!(c.groups, None);
    assert_eq!(c.accounts.expect("accounts")[0].admin, None);
    let g = AdminGrant { until: Some(100) };
    assert!(g.holds_at(99));
    assert!(!g.holds_at(100));
    assert!(AdminGrant { until: None }.holds_at(u64::MAX));
}

#[test]
fn account_states_name_themselves_and_carry_their_reason() {
    let r = AccountStatusReport {
        accounts: vec![
            AccountStatus {
                user_id: "u1".into(),
                password_version: 2,
                state: AccountState::Failed("/etc/shadow: read-only file system".into()),
            },
            AccountStatus {
                user_id: "u2".into(),
                password_version: 0,
                state: AccountState::InSync,
            },
        ],
        groups: vec![],
    };
    let v = serde_json::to_value(&r).expect("encodes");
    assert_eq!(
        v["accounts"][0],
        json!({"user_id": "u1", "password_version": 2, "state": "failed",
               "detail": "/etc/shadow: read-only file system"})
    );
    assert_eq!(v["accounts"][1]["state"], "in_sync");
    assert_eq!(
        serde_json::from_value::<AccountStatusReport>(v).expect("decodes"),
        r
    );
}

#[test]
fn reports_are_flat_objects() {
    let r = Report {
        user_id: "u1",
        version: 3,
        event: DeliveryEvent::Confirmed {
            previous_password_ok: false,
        },
    };
    let v = serde_json::to_value(r).expect("encodes");
    assert_eq!(
        v,
        json!({"user_id": "u1", "version": 3, "event": "confirmed", "previous_password_ok": false})
    );
    let back: ReportOwned = serde_json::from_value(v).expect("decodes");
    assert_eq!(back.event, r.event);
    assert_eq!(back.user_id, "u1");
    // An event name that is not one is refused, naming the field.
    let e = serde_json::from_value::<ReportOwned>(
        json!({"user_id": "u", "version": 1, "event": "exploded"}),
    )
    .expect_err("not an event");
    assert!(e.to_string().contains("exploded"), "{e}");
}

#[test]
fn enrolment_answers_keep_the_credential_and_tolerate_extras() {
    let v = json!({
        "device": {"id": "d", "org_id": "o", "name": "n", "platform": "linux", "extra": true},
        "credential": "dv_secret", "note": "shown once", "more": 1
    });
    let e: EnrollResponse = serde_json::from_value(v).expect("decodes");
    assert_eq!(e.protocol_version, 1);
    assert_eq!(e.device.platform, Platform::Linux);
    assert_eq!(e.credential.as_str(), "dv_secret");
}

proptest! {
    #[test]
    fn any_query_round_trips(cursor in any::<i64>(), wait_secs in any::<u64>()) {
        let q = CheckinQuery { cursor, wait_secs };
        prop_assert_eq!(CheckinQuery::parse(&q.to_query()), Ok(q));
    }

    #[test]
    fn any_query_text_parses_or_names_the_parameter(s in ".{0,40}") {
        match CheckinQuery::parse(&s) {
            Ok(_) => {}
            Err(ProtocolError::BadQuery { name, .. }) => prop_assert!(name == "cursor" || name == "wait"),
            Err(e) => prop_assert!(false, "unexpected error {e}"),
        }
    }
}

#[test]
fn a_report_batch_round_trips_and_its_answer_tolerates_a_missing_list() {
    let b = ReportBatch {
        reports: vec![ReportOwned {
            user_id: "u".into(),
            version: 3,
            event: DeliveryEvent::Applied {
                credential_manager_cleared: false,
            },
        }],
    };
    let text = serde_json::to_string(&b).expect("encodes");
    assert_eq!(
        serde_json::from_str::<ReportBatch>(&text).expect("decodes"),
        b
    );
    let r: ReportBatchResult = serde_json::from_str(r#"{"accepted":1}"#).expect("decodes");
    assert_eq!((r.accepted, r.not_applicable.len()), (1, 0));
    assert_eq!(REPORTS_PATH, "/agent/v1/reports");
}
