//! Instructions per `GET /Users/{id}`, in process, for callgrind.
//!
//! Timings on the shared 2-core machines move by a fifth between runs, so a
//! change worth a few percent of a request cannot be seen in them. Callgrind
//! counts instructions, which repeat exactly for the same binary and input.
//! This runs the same request as `benches/benches/request.rs` (through the
//! whole axum router, without TCP) `N` times after the same setup; run it
//! twice and divide the difference by the difference in `N`, which cancels
//! the setup:
//!
//! ```text
//! cargo build --release -p benches --example get_instructions
//! for n in 1000 3000; do
//!   valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.$n \
//!     target/release/examples/get_instructions $n 2>&1 | grep refs
//! done
//! ```
//!
//! The allocator is mimalloc, as in the server binary. The argument `parts`
//! after `N` runs the two store reads alone (`resolve_api_key`, `get_user`);
//! `eq` sends `GET /Users?filter=userName eq "…"` instead.
use directory::{AdminKind, Config, Directory};
use http_body_util::BodyExt;
use tower::ServiceExt;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let n: u64 = args.next().as_deref().unwrap_or("1000").parse()?;
    let mode = args.next().unwrap_or_default();
    let parts_only = mode == "parts";
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let data = tempfile::tempdir()?;
    rt.block_on(async {
        let dir = Directory::open(Config::sqlite_in(data.path())).await?;
        let org = dir.create_org("bench").await?;
        let admin = dir
            .create_admin(Some(&org.id), "ops@bench.test", AdminKind::Tenant)
            .await?;
        let key = dir.generate_api_key(&admin.id).await?.to_string();
        dir.seed_users(&org.id, "req", 2000).await?;
        let q = scim_core::ListQuery {
            start_index: 1,
            count: 10,
            ..Default::default()
        };
        let (_, users) = dir.list_users(&org.id, &q).await?;
        let id = users[users.len() / 2].id.clone();
        let path = if mode == "eq" {
            let login = users[users.len() / 2].resource["userName"]
                .as_str()
                .unwrap_or_default()
                .replace('@', "%40");
            format!("/scim/v2/Users?filter=userName%20eq%20%22{login}%22")
        } else {
            format!("/scim/v2/Users/{id}")
        };
        let config = server::ServerConfig {
            rate_limit: (0.0, 0.0), // off, as in the load harness
            ..Default::default()
        };
        let state = server::AppState::new(dir, config);
        let app = server::app(state.clone());
        let mut bytes = 0usize;
        for _ in 0..n {
            if parts_only {
                state.dir.resolve_api_key(&key).await?;
                bytes += state.dir.get_user(&org.id, &id).await?.id.len();
                continue;
            }
            let req = http::Request::get(path.as_str())
                .header("authorization", format!("Bearer {key}"))
                .body(axum::body::Body::empty())?;
            let resp = app.clone().oneshot(req).await?;
            anyhow::ensure!(resp.status() == 200, "status {}", resp.status());
            bytes += resp.into_body().collect().await?.to_bytes().len();
        }
        println!("{n} requests, {bytes} bytes");
        Ok(())
    })
}
