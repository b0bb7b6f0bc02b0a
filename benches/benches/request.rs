//! One `GET /Users/{id}` without the network, split into its parts: the API
//! key resolution, the directory read, and the whole axum stack
//! (middleware, routing, rendering) driven in process with `oneshot`.
//! Comparing these with the load harness' per-request server CPU tells how
//! much of a request is TCP and hyper's I/O, and how much is ours.
use criterion::{criterion_group, criterion_main, Criterion};
use directory::{AdminKind, Config, Directory};
use http_body_util::BodyExt;
use tower::ServiceExt;

fn request(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let data = tempfile::tempdir().expect("tempdir");
    let (dir, org, key) = rt.block_on(async {
        let dir = Directory::open(Config::sqlite_in(data.path()))
            .await
            .expect("open");
        let org = dir.create_org("bench").await.expect("org");
        let admin = dir
            .create_admin(Some(&org.id), "ops@bench.test", AdminKind::Tenant)
            .await
            .expect("admin");
        let key = dir.generate_api_key(&admin.id).await.expect("key");
        dir.seed_users(&org.id, "req", 2000).await.expect("seed");
        (dir, org.id, key.to_string())
    });
    let (_, users) = rt
        .block_on(dir.list_users(
            &org,
            &scim_core::ListQuery {
                start_index: 1,
                count: 10,
                ..Default::default()
            },
        ))
        .expect("list");
    let id = users[users.len() / 2].id.clone();
    let config = server::ServerConfig {
        rate_limit: (0.0, 0.0), // off, as in the load harness
        ..Default::default()
    };
    let state = server::AppState::new(dir, config);
    let app = server::app(state.clone());

    let mut g = c.benchmark_group("request");
    g.bench_function("resolve_api_key", |b| {
        b.iter(|| rt.block_on(state.dir.resolve_api_key(&key)).expect("key"))
    });
    g.bench_function("directory get_user", |b| {
        b.iter(|| rt.block_on(state.dir.get_user(&org, &id)).expect("user"))
    });
    g.bench_function("GET /Users/{id} through the router (no TCP)", |b| {
        b.iter(|| {
            rt.block_on(async {
                let req = http::Request::get(format!("/scim/v2/Users/{id}"))
                    .header("authorization", format!("Bearer {key}"))
                    .body(axum::body::Body::empty())
                    .expect("request");
                let resp = app.clone().oneshot(req).await.expect("response");
                assert_eq!(resp.status(), 200);
                resp.into_body().collect().await.expect("body").to_bytes()
            })
        })
    });
    g.finish();
}

criterion_group!(benches, request);
criterion_main!(benches);
