//! `directory-server`: the bundled server and its operator commands.
//!
//! ```text
//! directory-server serve --listen 127.0.0.1:8080 --data-dir ./data
//! directory-server create-org --name acme
//! directory-server create-admin --org <ORG_ID> --email ops@acme.test [--mtp]
//! echo "$PASSWORD" | directory-server create-admin --org <ORG_ID> \
//!     --login okta-provisioning --service-account --password-stdin
//! directory-server list-admins --org <ORG_ID>
//! directory-server reset-mfa --login ops@acme.test
//! directory-server disable-admin --login ops@acme.test
//! directory-server rotate-key --email ops@acme.test
//! directory-server collision-report --org <ORG_ID> --file logins.txt
//! ```
//! Settings come from flags, then `DIRECTORY_*` environment variables, then
//! a TOML file (`--config`), then defaults.
#![forbid(unsafe_code)]

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use directory::{AdminKind, Config, Directory};
use server::config::FileConfig;

/// mimalloc instead of glibc's malloc: serving a SCIM page allocates and
/// frees many small JSON values, and glibc's allocator spent about half of
/// the server's CPU time on an import (malloc_consolidate, unlink_chunk) and
/// kept freed argon2 blocks as RSS (BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Turns transparent huge pages off for this process, as mimalloc's own
/// `MIMALLOC_ALLOW_THP=0` would, unless that variable is set. mimalloc asks
/// the kernel for huge pages on the regions it reserves, so one touched byte
/// can make 2 MiB resident: with them, every held long-poll cost 20 KiB of
/// RSS instead of 12.6 KiB and the idle server 28 MiB instead of 17 MiB, with
/// no measurable gain in throughput or derivation time (BENCHMARKS.md, P5).
fn disable_transparent_huge_pages() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("MIMALLOC_ALLOW_THP").is_none() {
        // Best effort: an old kernel without the flag keeps huge pages.
        let _ = rustix::thread::disable_transparent_huge_pages(true);
    }
}

#[derive(Parser)]
#[command(
    name = "directory-server",
    version,
    about = "Identity directory provisioned by Okta over SCIM 2.0"
)]
struct Cli {
    #[command(flatten)]
    common: Common,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Args)]
struct Common {
    /// TOML configuration file.
    #[arg(long, global = true, env = "DIRECTORY_CONFIG")]
    config: Option<PathBuf>,
    /// Data directory (SQLite file, server key).
    #[arg(long, global = true, env = "DIRECTORY_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// `postgres://...` for PostgreSQL; default: SQLite under the data directory.
    #[arg(long, global = true, env = "DIRECTORY_DATABASE_URL")]
    database_url: Option<String>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Run the server.
    Serve {
        /// Address to listen on (port 0: any free port).
        #[arg(long, env = "DIRECTORY_LISTEN")]
        listen: Option<SocketAddr>,
        /// Public base URL (e.g. https://dir.example.com); default http://<listen>.
        #[arg(long, env = "DIRECTORY_PUBLIC_URL")]
        public_url: Option<String>,
        /// Log as JSON lines.
        #[arg(long)]
        log_json: bool,
        /// Serve HTTPS with this PEM certificate chain (with --tls-key).
        #[arg(long, env = "DIRECTORY_TLS_CERT", requires = "tls_key")]
        tls_cert: Option<PathBuf>,
        /// The PEM private key for --tls-cert.
        #[arg(long, env = "DIRECTORY_TLS_KEY", requires = "tls_cert")]
        tls_key: Option<PathBuf>,
    },
    /// Create an org.
    CreateOrg {
        #[arg(long)]
        name: String,
    },
    /// Create an admin. With --password-stdin the admin signs in (and
    /// generates their API key behind MFA); without, its API key is
    /// printed once.
    CreateAdmin {
        /// The org (omit with --mtp; with --password-stdin it defaults to the store's only org).
        #[arg(long)]
        org: Option<String>,
        /// The login: an email, or a service account's name.
        #[arg(long, visible_alias = "login")]
        email: String,
        /// A multi-tenant portal admin (its key is refused for SCIM).
        #[arg(long)]
        mtp: bool,
        /// Read the admin's password from the first line of stdin.
        #[arg(long, conflicts_with = "mtp")]
        password_stdin: bool,
        /// A name to show.
        #[arg(long, requires = "password_stdin")]
        display_name: Option<String>,
        /// `admin` or `read-only`.
        #[arg(long, value_enum, default_value = "admin", requires = "password_stdin")]
        role: RoleArg,
        /// A dedicated account not tied to a person (its login may be a name).
        #[arg(long, requires = "password_stdin")]
        service_account: bool,
    },
    /// List an org's admins: role, MFA, API key, sessions.
    ListAdmins {
        #[arg(long)]
        org: String,
    },
    /// Remove an admin's second factors and end their sessions (a lost
    /// device): they enrol again at their next sign-in.
    ResetMfa {
        #[arg(long, visible_alias = "email")]
        login: String,
    },
    /// Disable an admin: no sign-in, API key refused, sessions ended.
    DisableAdmin {
        #[arg(long, visible_alias = "email")]
        login: String,
    },
    /// Enable a disabled admin again.
    EnableAdmin {
        #[arg(long, visible_alias = "email")]
        login: String,
    },
    /// Set an admin's password from the first line of stdin (their
    /// sessions end; reset MFA separately if the device is lost too).
    SetAdminPassword {
        #[arg(long, visible_alias = "email")]
        login: String,
    },
    /// Generate a new API key for an admin (the previous one is revoked).
    RotateKey {
        #[arg(long)]
        email: String,
    },
    /// Bulk-create Okta-managed users without passwords (benchmarks).
    SeedUsers {
        #[arg(long)]
        org: String,
        #[arg(long)]
        count: usize,
        /// Logins are `<prefix><n>@seed.test`.
        #[arg(long, default_value = "seed")]
        prefix: String,
    },
    /// Seed a fleet for load runs (benchmarks): users as seed-users makes
    /// them, each bound to a new device of its own. The devices'
    /// credentials go to --out (created, never overwritten; readable by
    /// the owner only) as CSV for `agent-sim load --seeded`.
    SeedDevices {
        #[arg(long)]
        org: String,
        #[arg(long)]
        count: usize,
        /// Logins are `<prefix><n>@seed.test`, devices `<prefix>-dev-<n>`.
        #[arg(long, default_value = "fleet")]
        prefix: String,
        /// Platforms in turn, e.g. `linux,windows`.
        #[arg(long, default_value = "linux", value_delimiter = ',', value_parser = parse_platform)]
        platforms: Vec<directory::Platform>,
        /// Devices enrolled and bound at once.
        #[arg(long, default_value_t = 16)]
        concurrency: usize,
        /// The CSV to write: device_id,platform,credential,user_id,unix_username.
        #[arg(long)]
        out: PathBuf,
    },
    /// Report which logins (one per line) collide or are invalid.
    CollisionReport {
        #[arg(long)]
        org: String,
        #[arg(long)]
        file: PathBuf,
    },
}

fn parse_platform(s: &str) -> Result<directory::Platform, String> {
    directory::Platform::parse(s)
        .ok_or_else(|| format!("'{s}' is not a platform (macos, windows or linux)"))
}

/// Creates `path` for secrets: a new file (an existing one is an error, not
/// overwritten), readable and writable by its owner only.
fn create_private(path: &std::path::Path) -> anyhow::Result<std::fs::File> {
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o.open(path)
        .with_context(|| format!("cannot create {}", path.display()))
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum RoleArg {
    Admin,
    ReadOnly,
}

/// The first line of stdin, without its line ending; refused when empty.
fn password_from_stdin() -> anyhow::Result<zeroize::Zeroizing<String>> {
    let mut line = zeroize::Zeroizing::new(String::new());
    std::io::stdin()
        .read_line(&mut line)
        .context("cannot read the password from stdin")?;
    let pw = zeroize::Zeroizing::new(line.trim_end_matches(['\r', '\n']).to_string());
    if pw.is_empty() {
        anyhow::bail!("no password on stdin (give it as the first line)");
    }
    Ok(pw)
}

fn main() -> ExitCode {
    disable_transparent_huge_pages();
    let cli = Cli::parse();
    let rt = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match rt.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn open(
    common: &Common,
    file: &FileConfig,
    scim_base_url: String,
) -> anyhow::Result<Directory> {
    let data_dir = common
        .data_dir
        .clone()
        .unwrap_or_else(|| file.data_dir.clone());
    let mut cfg = Config::sqlite_in(&data_dir);
    if let Some(url) = common.database_url.clone().or(file.database_url.clone()) {
        cfg.database_url = url;
    }
    cfg.server_key_hex = std::env::var("DIRECTORY_SERVER_KEY").ok();
    cfg.hash_params = file.hash.clone();
    cfg.scim_base_url = scim_base_url;
    cfg.max_connections = file.database_max_connections;
    // A password change may queue for two thirds of the request timeout
    // (default 20 of 30 s), leaving the rest for its derivation and write.
    cfg.max_hash_wait = Duration::from_secs(file.request_timeout_secs.max(1)) * 2 / 3;
    cfg.sign_in = file.sign_in.clone();
    cfg.read_cache_bytes = file.read_cache_mib.saturating_mul(1 << 20);
    Directory::open(cfg)
        .await
        .context("cannot open the directory")
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let file = match &cli.common.config {
        Some(p) => FileConfig::load(p)?,
        None => FileConfig::default(),
    };
    match cli.cmd {
        Cmd::Serve {
            listen,
            public_url,
            log_json,
            tls_cert,
            tls_key,
        } => {
            init_logging(log_json);
            let tls = match (&tls_cert, &tls_key) {
                (Some(c), Some(k)) => Some(server::tls_acceptor(c, k).with_context(|| {
                    format!(
                        "cannot load TLS certificate {} / key {}",
                        c.display(),
                        k.display()
                    )
                })?),
                _ => None,
            };
            let scheme = if tls.is_some() { "https" } else { "http" };
            let listen = listen.unwrap_or(file.listen);
            let listener =
                server::bind(listen).with_context(|| format!("cannot listen on {listen}"))?;
            let addr = listener.local_addr()?;
            let public = public_url
                .or(file.public_url.clone())
                .unwrap_or_else(|| format!("{scheme}://{addr}"));
            let scim_base_url = format!("{}/scim/v2", public.trim_end_matches('/'));
            let dir = open(&cli.common, &file, scim_base_url.clone()).await?;
            let admin_email = file.admin_email.clone();
            let mut out = std::io::stdout().lock();
            if let Some((org, _admin, key)) = dir.bootstrap(&admin_email).await? {
                writeln!(out, "created org '{}' ({})", org.name, org.id)?;
                writeln!(
                    out,
                    "API key for {admin_email} (shown once): {}",
                    key.as_str()
                )?;
            }
            writeln!(
                out,
                "listening on {scheme}://{addr} (SCIM base {scim_base_url})"
            )?;
            out.flush()?;
            drop(out);
            let secure_cookies = tls.is_some() || public.starts_with("https://");
            if !secure_cookies {
                tracing::warn!("clients reach this server without TLS: session cookies are not Secure (serve TLS, or set public_url to the https:// URL of the TLS proxy in front)");
            }
            let config = server::ServerConfig {
                scim_base_url,
                secure_cookies,
                ..file.server_config()
            };
            let state = server::AppState::new(dir, config);
            tracing::info!(%addr, "serving");
            server::run_with_tls(listener, state, shutdown_signal(), tls).await?;
            tracing::info!("stopped");
            Ok(())
        }
        Cmd::CreateOrg { name } => {
            let dir = open(&cli.common, &file, String::new()).await?;
            let org = dir.create_org(&name).await?;
            println!("{}", org.id);
            Ok(())
        }
        Cmd::CreateAdmin {
            org,
            email,
            mtp: false,
            password_stdin: true,
            display_name,
            role,
            service_account,
        } => {
            let password = password_from_stdin()?;
            let dir = open(&cli.common, &file, String::new()).await?;
            // Without --org: the store's only org (the bootstrapped one).
            let org = match org {
                Some(o) => o,
                None => match dir.list_orgs().await?.as_slice() {
                    [one] => one.id.clone(),
                    orgs => anyhow::bail!(
                        "--org is required: this store has {} orgs (list them with the first start's output or create-org)",
                        orgs.len()
                    ),
                },
            };
            let new = directory::NewAdmin {
                login: email,
                display_name,
                role: match role {
                    RoleArg::Admin => directory::AdminRole::Admin,
                    RoleArg::ReadOnly => directory::AdminRole::ReadOnly,
                },
                service_account,
                password,
            };
            let a = dir.add_admin(&org, new, "operator").await?;
            println!(
                "created admin {} ({}); sign in at POST /api/v1/sign-in{}",
                a.email,
                a.id,
                if dir.org_settings(&org).await?.require_admin_mfa {
                    " and enrol MFA (the organization requires it)"
                } else {
                    ""
                }
            );
            Ok(())
        }
        Cmd::ListAdmins { org } => {
            let dir = open(&cli.common, &file, String::new()).await?;
            let admins = dir.list_admins(&org).await?;
            println!(
                "{:<32} {:<9} {:<8} {:<6} {:<8} {:<7} SESSIONS",
                "LOGIN", "ROLE", "ENABLED", "TOTP", "PASSKEYS", "API KEY"
            );
            for a in admins {
                println!(
                    "{:<32} {:<9} {:<8} {:<6} {:<8} {:<7} {}",
                    a.admin.email,
                    a.admin.role.as_str(),
                    a.admin.enabled,
                    a.mfa.totp,
                    a.mfa.passkeys.len(),
                    a.api_key,
                    a.sessions
                );
            }
            Ok(())
        }
        Cmd::ResetMfa { login } => {
            let dir = open(&cli.common, &file, String::new()).await?;
            let a = dir.admin_by_email(&login).await?;
            dir.reset_admin_mfa(&a.id, "operator").await?;
            println!("removed the second factors of {login} and ended their sessions; they enrol again at their next sign-in");
            Ok(())
        }
        Cmd::DisableAdmin { login } => set_enabled(&cli.common, &file, &login, false).await,
        Cmd::EnableAdmin { login } => set_enabled(&cli.common, &file, &login, true).await,
        Cmd::SetAdminPassword { login } => {
            let password = password_from_stdin()?;
            let dir = open(&cli.common, &file, String::new()).await?;
            let a = dir.admin_by_email(&login).await?;
            dir.set_admin_password(&a.id, password, "operator", None)
                .await?;
            println!("set the password of {login}; their sessions ended");
            Ok(())
        }
        Cmd::CreateAdmin {
            org, email, mtp, ..
        } => {
            let dir = open(&cli.common, &file, String::new()).await?;
            let kind = if mtp {
                AdminKind::Mtp
            } else {
                AdminKind::Tenant
            };
            if !mtp && org.is_none() {
                anyhow::bail!("--org is required for a tenant admin (or pass --mtp)");
            }
            let admin = dir.create_admin(org.as_deref(), &email, kind).await?;
            let key = dir.generate_api_key(&admin.id).await?;
            println!("API key for {email} (shown once): {}", key.as_str());
            Ok(())
        }
        Cmd::RotateKey { email } => {
            let dir = open(&cli.common, &file, String::new()).await?;
            let admin = dir.admin_by_email(&email).await?;
            let key = dir.generate_api_key(&admin.id).await?;
            println!(
                "API key for {email} (shown once; the previous key is revoked): {}",
                key.as_str()
            );
            Ok(())
        }
        Cmd::SeedUsers { org, count, prefix } => {
            let dir = open(&cli.common, &file, String::new()).await?;
            let t = std::time::Instant::now();
            let n = dir.seed_users(&org, &prefix, count).await?;
            println!("seeded {n} users in {:.1} s", t.elapsed().as_secs_f64());
            Ok(())
        }
        Cmd::SeedDevices {
            org,
            count,
            prefix,
            platforms,
            concurrency,
            out,
        } => {
            // Before any device exists: a file that cannot be written
            // leaves nothing seeded whose credentials are lost.
            let mut f = create_private(&out)?;
            let t = std::time::Instant::now();
            let seeded: anyhow::Result<_> = async {
                let dir = open(&cli.common, &file, String::new()).await?;
                Ok(dir
                    .seed_devices(&org, &prefix, count, &platforms, concurrency)
                    .await?)
            }
            .await;
            let seeded = seeded.inspect_err(|_| {
                // Nothing was written to it: removed, so that a run after
                // the cause is fixed can use the same name.
                let _ = std::fs::remove_file(&out);
            })?;
            let mut csv = String::from("device_id,platform,credential,user_id,unix_username\n");
            for d in &seeded {
                csv.push_str(&format!(
                    "{},{},{},{},{}\n",
                    d.device.id,
                    d.device.platform.as_str(),
                    d.credential.as_str(),
                    d.user_id,
                    d.unix_username
                ));
            }
            f.write_all(csv.as_bytes())
                .and_then(|()| f.sync_all())
                .with_context(|| format!("cannot write {}", out.display()))?;
            println!(
                "seeded {} devices, each bound to a user of its own, in {:.1} s; credentials in {}",
                seeded.len(),
                t.elapsed().as_secs_f64(),
                out.display()
            );
            Ok(())
        }
        Cmd::CollisionReport { org, file: path } => {
            let dir = open(&cli.common, &file, String::new()).await?;
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            let logins: Vec<String> = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect();
            let findings = dir.collision_report(&org, &logins).await?;
            println!(
                "{}",
                serde_json::to_string_pretty(&server::findings_json(&findings))?
            );
            Ok(())
        }
    }
}

async fn set_enabled(
    common: &Common,
    file: &FileConfig,
    login: &str,
    enabled: bool,
) -> anyhow::Result<()> {
    let dir = open(common, file, String::new()).await?;
    let a = dir.admin_by_email(login).await?;
    let Some(org) = a.org_id.as_deref() else {
        anyhow::bail!("{login} is a multi-tenant portal admin, which has no org to be disabled in");
    };
    dir.set_admin_enabled(org, &a.id, enabled, "operator")
        .await?;
    if enabled {
        println!("enabled {login}");
    } else {
        println!("disabled {login}: sign-in refused, API key refused, sessions ended");
    }
    Ok(())
}

fn init_logging(json: bool) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let b = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if json {
        b.json().init();
    } else {
        b.init();
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}
