//! Crash safety: under a write load (creates with passwords, password
//! changes, deactivations) the server is killed with SIGKILL at random points
//! and restarted on the same data; every write it acknowledged must be there.
mod common;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{client, start_with, Server};
use serde_json::{json, Value};

#[derive(Default, Debug, Clone)]
struct Acked {
    /// login -> (user id, acknowledged password changes, deactivated)
    users: BTreeMap<String, (String, u64, bool)>,
    ops: usize,
}

async fn writer(url: String, key: String, round: usize, worker: usize, acked: Arc<Mutex<Acked>>) {
    let c = client();
    let mut mine: Vec<String> = Vec::new();
    for k in 0.. {
        let choice = k % 4;
        if choice == 0 || mine.is_empty() {
            let login = format!("c{round}w{worker}n{k}@crash.test");
            let body = json!({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName": login, "password": format!("Pw-{k}-Start9")});
            let Ok(r) = c
                .post(format!("{url}/scim/v2/Users"))
                .bearer_auth(&key)
                .header("Content-Type", "application/scim+json")
                .body(body.to_string())
                .send()
                .await
            else {
                return;
            };
            if r.status() != 201 {
                return;
            }
            let Ok(v) = r.json::<Value>().await else {
                return;
            };
            let id = v["id"].as_str().unwrap_or_default().to_string();
            let mut a = acked.lock().unwrap_or_else(|p| p.into_inner());
            a.users.insert(login.clone(), (id, 0, false));
            a.ops += 1;
            mine.push(login);
        } else if choice == 3 && mine.len() > 1 {
            let login = mine.remove(0);
            let id = acked.lock().unwrap_or_else(|p| p.into_inner()).users[&login]
                .0
                .clone();
            let b = json!({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","value":{"active":false}}]});
            let Ok(r) = c
                .patch(format!("{url}/scim/v2/Users/{id}"))
                .bearer_auth(&key)
                .header("Content-Type", "application/scim+json")
                .body(b.to_string())
                .send()
                .await
            else {
                return;
            };
            if r.status() != 200 {
                return;
            }
            let mut a = acked.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(u) = a.users.get_mut(&login) {
                u.2 = true;
            }
            a.ops += 1;
        } else {
            let login = mine[k % mine.len()].clone();
            let id = acked.lock().unwrap_or_else(|p| p.into_inner()).users[&login]
                .0
                .clone();
            let b = json!({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"password","value": format!("Pw-{k}-Next9")}]});
            let Ok(r) = c
                .patch(format!("{url}/scim/v2/Users/{id}"))
                .bearer_auth(&key)
                .header("Content-Type", "application/scim+json")
                .body(b.to_string())
                .send()
                .await
            else {
                return;
            };
            if r.status() != 200 {
                return;
            }
            let mut a = acked.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(u) = a.users.get_mut(&login) {
                u.1 += 1;
            }
            a.ops += 1;
        }
    }
}

async fn verify(s: &Server, key: &str, acked: &Acked) -> usize {
    let c = client();
    let mut found = 0;
    for (login, (id, changes, deactivated)) in &acked.users {
        let r = c
            .get(format!("{}/scim/v2/Users/{id}", s.url))
            .bearer_auth(key)
            .send()
            .await
            .expect("get");
        assert_eq!(r.status(), 200, "acknowledged create of {login} is missing");
        let u: Value = r.json().await.expect("json");
        assert_eq!(u["userName"], login.as_str());
        if *deactivated {
            assert_eq!(
                u["active"], false,
                "acknowledged deactivation of {login} is missing"
            );
        }
        let d: Value = c
            .get(format!("{}/api/v1/users/{id}", s.url))
            .bearer_auth(key)
            .send()
            .await
            .expect("d")
            .json()
            .await
            .expect("j");
        let version = d["password"]["version"].as_u64().unwrap_or(0);
        assert!(
            version > *changes,
            "{login}: password version {version}, but 1 + {changes} were acknowledged"
        );
        found += 1 + *changes as usize + usize::from(*deactivated);
    }
    found
}

async fn crash_rounds(name: &str, data: &std::path::Path, extra: &[&str]) {
    // Cheap hashes: this test is about durability, not hash cost.
    let cfg = data.join("fast.toml");
    std::fs::write(&cfg, "[hash]\nargon2_m_kib = 64\nargon2_t = 1\nargon2_p = 1\nsha512_crypt_rounds = 1000\nmacos_iterations = 20000\n").expect("config");
    let cfg = cfg.display().to_string();
    let mut args: Vec<&str> = extra.to_vec();
    args.extend(["--config", cfg.as_str()]);
    let extra = args.as_slice();
    let mut s = start_with(data, extra, &[]);
    let key = s.key.clone().expect("first start prints the key");
    let acked = Arc::new(Mutex::new(Acked::default()));
    for round in 0..4 {
        let workers: Vec<_> = (0..6)
            .map(|w| tokio::spawn(writer(s.url.clone(), key.clone(), round, w, acked.clone())))
            .collect();
        // Let this round get some writes acknowledged, then kill at a random point.
        let before = acked.lock().unwrap_or_else(|p| p.into_inner()).ops;
        for _ in 0..600 {
            if acked.lock().unwrap_or_else(|p| p.into_inner()).ops >= before + 10 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let ms = rand_u64() % 1500;
        tokio::time::sleep(Duration::from_millis(ms)).await;
        s.child.kill().expect("SIGKILL");
        let _ = s.child.wait();
        for w in workers {
            let _ = w.await;
        }
        s = start_with(data, extra, &[]);
        let r = client()
            .get(format!("{}/readyz", s.url))
            .send()
            .await
            .expect("readyz");
        let status = r.status();
        let body = r.text().await.unwrap_or_default();
        assert_eq!(status, 200, "the store opens cleanly after kill -9: {body}");
        let a = acked.lock().unwrap_or_else(|p| p.into_inner()).clone();
        assert!(
            a.ops >= before + 10,
            "{name}: only {} writes were acknowledged in round {}",
            a.ops - before,
            round + 1
        );
        let found = verify(&s, &key, &a).await;
        eprintln!(
            "{name} round {}: killed after {ms} ms; acknowledged {} writes, found {found}",
            round + 1,
            a.ops
        );
        assert_eq!(found, a.ops);
    }
}

fn rand_u64() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos() as u64)
        .unwrap_or(7)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_kill_9_sqlite() {
    let data = tempfile::tempdir().expect("tmp");
    crash_rounds("sqlite", data.path(), &[]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_kill_9_postgres() {
    let Some(pg) = common::PgDb::create("crash", "PostgreSQL crash safety") else {
        return;
    };
    let data = tempfile::tempdir().expect("tmp");
    crash_rounds("postgres", data.path(), &["--database-url", &pg.url]).await;
}
