//! The read cache never serves what another process changed: the real
//! server answers from its cache, then the CLI (a second process on the
//! same SQLite file) rotates the key and seeds users, and the very next
//! requests see both.

mod common;

use common::*;
use reqwest::header::AUTHORIZATION;
use reqwest::StatusCode;
use serde_json::{json, Value};

async fn get(s: &Server, key: &str, path: &str) -> (StatusCode, Value) {
    let r = client()
        .get(s.scim(path))
        .header(AUTHORIZATION, format!("Bearer {key}"))
        .send()
        .await
        .expect("send");
    let st = r.status();
    (st, r.json().await.unwrap_or(Value::Null))
}

/// (hits, misses) from `/metrics`.
async fn cache_counts(s: &Server) -> (u64, u64) {
    let m = s.metrics().await;
    let count = |result: &str| {
        let prefix = format!("directory_read_cache_lookups_total{{result=\"{result}\"}} ");
        m.lines()
            .find_map(|l| l.strip_prefix(prefix.as_str()))
            .and_then(|n| n.trim().parse::<u64>().ok())
            .unwrap_or_else(|| panic!("no {result} count in /metrics:\n{m}"))
    };
    (count("hit"), count("miss"))
}

#[tokio::test]
async fn answers_from_the_cache_and_never_serves_what_another_process_changed() {
    let s = start();
    let key = s.key.clone().expect("key");
    let org = s
        .stdout_lines
        .iter()
        .find_map(|l| l.strip_prefix("created org 'default' ("))
        .map(|l| l.trim_end_matches(')').to_string())
        .expect("org line");
    let created = s
        .req(
            reqwest::Method::POST,
            "/Users",
            Some(json!({
                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                "userName": "cached@example.com",
                "name": {"givenName": "Old", "familyName": "Name"}
            })),
        )
        .await;
    assert_eq!(created.0, StatusCode::CREATED, "{}", created.2);
    let id = created.2["id"].as_str().expect("id").to_string();
    let user = format!("/Users/{id}");
    let seeded = "/Users?filter=userName%20eq%20%22later1%40seed.test%22";

    // Read everything twice: the second round is answered from the cache.
    for _ in 0..2 {
        let (st, u) = get(&s, &key, &user).await;
        assert_eq!(st, StatusCode::OK);
        assert_eq!(u["name"]["givenName"], "Old");
        let (st, page) = get(&s, &key, seeded).await;
        assert_eq!(st, StatusCode::OK);
        assert_eq!(page["totalResults"], 0);
    }
    let (hits, _) = cache_counts(&s).await;
    // Second round: the key (twice) and both reads.
    assert!(hits >= 4, "the cache answered {hits} lookups");

    // A change through the server itself is seen at once.
    let patched = s
        .req(
            reqwest::Method::PATCH,
            &user,
            Some(json!({
                "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                "Operations": [{"op": "replace", "path": "name.givenName", "value": "New"}]
            })),
        )
        .await;
    assert_eq!(patched.0, StatusCode::OK, "{}", patched.2);
    let (_, u) = get(&s, &key, &user).await;
    assert_eq!(u["name"]["givenName"], "New");

    // Another process seeds users: the cached empty answer is not served.
    let (_, page) = get(&s, &key, seeded).await;
    assert_eq!(page["totalResults"], 0);
    cli(
        &s,
        &[
            "seed-users",
            "--org",
            &org,
            "--count",
            "2",
            "--prefix",
            "later",
        ],
    );
    let (st, page) = get(&s, &key, seeded).await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(page["totalResults"], 1, "{page}");
    assert_eq!(page["Resources"][0]["userName"], "later1@seed.test");

    // Another process rotates the key the cache has just verified.
    let (st, _) = get(&s, &key, &user).await;
    assert_eq!(st, StatusCode::OK);
    let out = cli(&s, &["rotate-key", "--email", "admin@localhost"]);
    let new_key = out
        .rsplit(": ")
        .next()
        .unwrap_or_default()
        .trim()
        .to_string();
    assert!(new_key.starts_with("dk_"), "{out}");
    let (st, body) = get(&s, &key, &user).await;
    assert_eq!(
        st,
        StatusCode::UNAUTHORIZED,
        "the revoked key still worked: {body}"
    );
    let (st, u) = get(&s, &new_key, &user).await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(u["name"]["givenName"], "New");
}
