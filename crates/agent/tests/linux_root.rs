//! The reconcile core with the real Linux platform on a system image in a
//! temporary directory (`--root`): real files, real renames, real owners.
//! PAM logins against a Debian root are `scripts/agent-system.sh`'s.

use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use agent::linux::Linux;
use agent::reconcile::{reconcile, Memory, Policy};
use agent_protocol::{
    AccountSpec, AccountState, AdminGrant, CheckinResponse, Delivery, DeviceMaterial, GroupSpec,
};
use password_sync::material::ShadowHash;

/// The time the reconciles run at (unix seconds).
const NOW: u64 = 1_800_000_000;

const PASSWD: &str = "root:x:0:0:root:/root:/bin/bash\n# a comment the agent keeps\nlocal:x:1500:1500:Local:/home/local:/bin/sh\n";
const SHADOW: &str = "root:*:19000:0:99999:7:::\nlocal:$6$l$local:19000:0:99999:7:::\n";
const GROUP: &str = "root:x:0:\nlocal:x:1500:\n";
const GSHADOW: &str = "root:*::\nlocal:!::\n";

fn image() -> tempfile::TempDir {
    let d = tempfile::tempdir().expect("tmp");
    let etc = d.path().join("etc");
    fs::create_dir_all(etc.join("skel")).expect("skel");
    fs::write(etc.join("skel/.profile"), "# profile\n").expect("skel file");
    for (name, text, mode) in [
        ("passwd", PASSWD, 0o644),
        ("shadow", SHADOW, 0o640),
        ("group", GROUP, 0o644),
        ("gshadow", GSHADOW, 0o640),
    ] {
        fs::write(etc.join(name), text).expect("write");
        fs::set_permissions(
            etc.join(name),
            std::os::unix::fs::PermissionsExt::from_mode(mode),
        )
        .expect("mode");
    }
    d
}

/// Homes are chowned to the new account: that needs root.
fn is_root(dir: &Path) -> bool {
    let probe = dir.join(".probe");
    fs::write(&probe, "").is_ok() && fs::metadata(&probe).is_ok_and(|m| m.uid() == 0)
}

fn spec(user: &str, name: &str, uid: u32, take_over: bool) -> AccountSpec {
    AccountSpec {
        user_id: user.into(),
        username: name.into(),
        uid,
        gid: uid,
        full_name: format!("{name} Test"),
        home: format!("/home/{name}"),
        shell: "/bin/bash".into(),
        locked: false,
        take_over,
        password_version: 1,
        admin: None,
    }
}

fn delivery(user: &str, name: &str, version: u64, hash: &str) -> Delivery {
    Delivery {
        user_id: user.into(),
        username: name.into(),
        version,
        material: DeviceMaterial::Sha512Crypt {
            shadow: ShadowHash::from_shadow(hash.into()),
        },
    }
}

fn read(root: &Path, file: &str) -> String {
    fs::read_to_string(root.join("etc").join(file)).expect("read")
}

fn line<'a>(text: &'a str, name: &str) -> &'a str {
    text.lines()
        .find(|l| l.split(':').next() == Some(name))
        .unwrap_or_else(|| panic!("no entry for {name} in\n{text}"))
}

#[test]
fn a_device_follows_the_directory_and_keeps_what_is_not_its_own() {
    let d = image();
    if !is_root(d.path()) {
        eprintln!("SKIP (loud): making homes owned by new accounts needs root");
        return;
    }
    let root = d.path();
    let mut linux = Linux::new(root);
    let mut memory = Memory::default();
    let mut take = spec("u2", "local", 200_001, true);
    take.locked = true;
    let r = CheckinResponse {
        accounts: Some(vec![spec("u1", "ann", 200_000, false), take]),
        deliveries: vec![
            delivery("u1", "ann", 1, "$6$s$ann1"),
            delivery("u2", "local", 1, "$6$s$loc1"),
        ],
        ..CheckinResponse::empty(4)
    };
    let out =
        reconcile(&mut memory, Some(&r), &mut linux, Policy::default(), NOW).expect("reconcile");
    assert_eq!(out.reports.len(), 2);
    assert_eq!(memory.cursor, 4);
    // The daemon marks states sent once the server accepted them.
    memory.sent(&out.statuses, &out.groups);
    // ann is created with the directory's uid, her group and a home from skel.
    let passwd = read(root, "passwd");
    assert_eq!(
        line(&passwd, "ann"),
        "ann:x:200000:200000:ann Test:/home/ann:/bin/bash"
    );
    assert!(passwd.contains("# a comment the agent keeps\n"));
    assert!(line(&read(root, "shadow"), "ann").starts_with("ann:$6$s$ann1:"));
    assert_eq!(line(&read(root, "group"), "ann"), "ann:x:200000:");
    assert_eq!(line(&read(root, "gshadow"), "ann"), "ann:!::");
    let home = root.join("home/ann");
    assert_eq!(fs::metadata(&home).expect("home").uid(), 200_000);
    assert_eq!(
        fs::read_to_string(home.join(".profile")).expect("skel"),
        "# profile\n"
    );
    // The local account is taken over: its uid and entry kept, the
    // directory's hash set, locked because the user is suspended.
    assert_eq!(
        line(&passwd, "local"),
        "local:x:1500:1500:Local:/home/local:/bin/sh"
    );
    assert!(line(&read(root, "shadow"), "local").starts_with("local:!$6$s$loc1:"));
    // Backups as shadow-utils keeps them.
    assert_eq!(read(root, "passwd-"), PASSWD);

    // Nothing new: nothing written.
    let before = read(root, "shadow");
    let out = reconcile(
        &mut memory,
        Some(&CheckinResponse::empty(4)),
        &mut linux,
        Policy::default(),
        NOW,
    )
    .expect("again");
    assert_eq!(out.changed, 0);
    assert!(
        out.statuses.is_empty(),
        "nothing to tell: {:?}",
        out.statuses
    );
    assert_eq!(read(root, "shadow"), before);

    // A local `passwd` is drift; the next password from the directory wins.
    let changed = before.replace("ann:$6$s$ann1:", "ann:$6$x$bylocal:");
    fs::write(root.join("etc/shadow"), changed).expect("local change");
    let out = reconcile(&mut memory, None, &mut linux, Policy::default(), NOW).expect("drift");
    assert_eq!(out.statuses.len(), 1, "{:?}", out.statuses);
    assert_eq!(out.statuses[0].state, AccountState::Drifted);
    memory.sent(&out.statuses, &out.groups);
    let r = CheckinResponse {
        deliveries: vec![delivery("u1", "ann", 2, "$6$s$ann2")],
        ..CheckinResponse::empty(5)
    };
    let out = reconcile(&mut memory, Some(&r), &mut linux, Policy::default(), NOW).expect("push");
    assert!(line(&read(root, "shadow"), "ann").starts_with("ann:$6$s$ann2:"));
    assert!(out
        .statuses
        .iter()
        .any(|s| s.user_id == "u1" && s.state == AccountState::InSync));
    memory.sent(&out.statuses, &out.groups);
    // A newer version applied in the same state is reported with it, so
    // the server never shows the account in sync at an old version.
    let r = CheckinResponse {
        deliveries: vec![delivery("u1", "ann", 3, "$6$s$ann3")],
        ..CheckinResponse::empty(6)
    };
    let out = reconcile(&mut memory, Some(&r), &mut linux, Policy::default(), NOW).expect("push");
    let st = out
        .statuses
        .iter()
        .find(|s| s.user_id == "u1")
        .expect("a status");
    assert_eq!((&st.state, st.password_version), (&AccountState::InSync, 3));
    memory.sent(&out.statuses, &out.groups);

    // Material for another platform fails that account alone, with a reason.
    let r = CheckinResponse {
        deliveries: vec![Delivery {
            material: DeviceMaterial::NtHash {
                hash: password_sync::material::NtHash::from_hex("00".repeat(16)),
            },
            ..delivery("u1", "ann", 4, "")
        }],
        ..CheckinResponse::empty(7)
    };
    let out = reconcile(&mut memory, Some(&r), &mut linux, Policy::default(), NOW).expect("bad");
    let failed = out
        .statuses
        .iter()
        .find(|s| s.user_id == "u1")
        .expect("a status");
    assert!(
        matches!(&failed.state, AccountState::Failed(why) if why.contains("another platform")),
        "{failed:?}"
    );
    assert!(line(&read(root, "shadow"), "ann").starts_with("ann:$6$s$ann3:"));

    // Unbound (an empty list): ann is locked, her home and entries kept;
    // with removal configured, the entries go and the home stays.
    let r = CheckinResponse {
        accounts: Some(vec![]),
        ..CheckinResponse::empty(8)
    };
    reconcile(&mut memory, Some(&r), &mut linux, Policy::default(), NOW).expect("unbind");
    assert!(line(&read(root, "shadow"), "ann").starts_with("ann:!$6$s$ann3:"));
    assert!(home.exists());
    let mut m2 = memory.clone();
    for m in m2.managed.values_mut() {
        m.released = false;
    }
    reconcile(
        &mut m2,
        Some(&r),
        &mut linux,
        Policy {
            remove_unbound: true,
        },
        NOW,
    )
    .expect("remove");
    assert!(!read(root, "passwd").contains("ann:"));
    assert!(!read(root, "group").contains("ann:"));
    assert!(home.exists(), "homes are never deleted");
    assert!(
        read(root, "passwd").contains("local:x:1500:"),
        "a taken-over account is only locked, never removed"
    );
    assert!(read(root, "passwd").starts_with("root:x:0:0:root:/root:/bin/bash\n"));
}

#[test]
fn system_accounts_are_refused_and_never_touched() {
    let d = image();
    let root = d.path();
    let mut linux = Linux::new(root);
    let mut memory = Memory::default();
    let r = CheckinResponse {
        accounts: Some(vec![spec("u0", "root", 200_000, true)]),
        deliveries: vec![delivery("u0", "root", 1, "$6$s$evil")],
        ..CheckinResponse::empty(1)
    };
    let out =
        reconcile(&mut memory, Some(&r), &mut linux, Policy::default(), NOW).expect("reconcile");
    assert!(
        matches!(&out.statuses[0].state, AccountState::Refused(why) if why.contains("system account")),
        "{:?}",
        out.statuses
    );
    assert_eq!(read(root, "shadow"), SHADOW);
    assert_eq!(read(root, "passwd"), PASSWD);
}

#[test]
fn groups_are_kept_exact_and_groups_the_agent_did_not_make_are_left_alone() {
    let d = image();
    if !is_root(d.path()) {
        eprintln!("SKIP (loud): making homes owned by new accounts needs root");
        return;
    }
    let root = d.path();
    let mut linux = Linux::new(root);
    let mut memory = Memory::default();
    let group = |id: &str, name: &str, gid: u32, members: &[&str]| GroupSpec {
        group_id: id.into(),
        name: name.into(),
        gid,
        members: members.iter().map(|m| m.to_string()).collect(),
    };
    let mut ann = spec("u1", "ann", 200_000, false);
    ann.admin = Some(AdminGrant { until: None });
    let r = CheckinResponse {
        accounts: Some(vec![ann.clone()]),
        deliveries: vec![delivery("u1", "ann", 1, "$6$s$ann1")],
        // "local" is a group the agent did not make: never touched.
        groups: Some(vec![
            group("g1", "eng", 300_000, &["u1", "u9"]),
            group("g2", "local", 300_001, &["u1"]),
        ]),
        ..CheckinResponse::empty(4)
    };
    let out =
        reconcile(&mut memory, Some(&r), &mut linux, Policy::default(), NOW).expect("reconcile");
    let g = read(root, "group");
    assert_eq!(line(&g, "eng"), "eng:x:300000:ann", "u9 is no account here");
    assert_eq!(line(&g, "local"), "local:x:1500:");
    assert_eq!(line(&read(root, "gshadow"), "eng"), "eng:!::ann");
    assert_eq!(out.groups.len(), 1);
    assert!(
        out.groups[0].refused.contains("did not make"),
        "{:?}",
        out.groups
    );
    // This image has no sudo: the grant cannot be checked, so it is not
    // written, and the account says why.
    assert!(!root.join("etc/sudoers.d/directory-agent").exists());
    let ann_state = out
        .statuses
        .iter()
        .find(|s| s.user_id == "u1")
        .expect("ann");
    match &ann_state.state {
        AccountState::Failed(why) => assert!(why.contains("sudo is not installed"), "{why}"),
        other => panic!("{other:?}"),
    }
    memory.sent(&out.statuses, &out.groups);
    // The member leaves: the group stays, empty; then it is unbound: gone.
    let mut r2 = r.clone();
    r2.deliveries.clear();
    r2.groups = Some(vec![group("g1", "eng", 300_000, &[])]);
    reconcile(&mut memory, Some(&r2), &mut linux, Policy::default(), NOW).expect("leave");
    assert_eq!(line(&read(root, "group"), "eng"), "eng:x:300000:");
    r2.groups = Some(vec![]);
    reconcile(&mut memory, Some(&r2), &mut linux, Policy::default(), NOW).expect("unbind");
    let g = read(root, "group");
    assert!(!g.contains("eng:"), "{g}");
    assert!(!read(root, "gshadow").contains("eng:"));
    assert_eq!(line(&g, "local"), "local:x:1500:");
    assert!(memory.managed_groups.is_empty());
}
