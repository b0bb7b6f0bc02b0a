//! `directory-agent`: keeps this machine's local accounts and password
//! hashes as the directory says.
//!
//! ```text
//! directory-agent enroll --server https://dir.example.com --token et_...
//! directory-agent run                 # long-poll, reconcile, report (systemd)
//! directory-agent run --once          # one cycle, then exit (scripts, images)
//! directory-agent run --root /mnt/img # an image's accounts instead of this system's
//! ```
#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use agent::daemon::{self, Config};

const DEFAULT_CONFIG: &str = "/etc/directory-agent/agent.toml";

#[derive(Parser)]
#[command(name = "directory-agent", version, about)]
struct Cli {
    /// The configuration file (TOML). A missing default file means defaults.
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    /// The state directory (credential, memory); overrides the config.
    #[arg(long, global = true)]
    state_dir: Option<PathBuf>,
    /// Manage the accounts of the system image at DIR instead of `/`.
    #[arg(long, global = true, value_name = "DIR")]
    root: Option<PathBuf>,
    /// Extra CA certificates (PEM) for the server; overrides the config.
    #[arg(long, global = true)]
    ca_file: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Enrols this device with a single-use token an admin minted.
    Enroll {
        /// The server's base URL.
        #[arg(long)]
        server: String,
        /// The enrolment token (`et_...`); or set DIRECTORY_AGENT_TOKEN,
        /// which keeps it out of the process list.
        #[arg(long, env = "DIRECTORY_AGENT_TOKEN", hide_env_values = true)]
        token: String,
        /// The device's name (default: the host name).
        #[arg(long)]
        name: Option<String>,
    },
    /// Long-polls the server and keeps the accounts in line.
    Run {
        /// One cycle without waiting, then exit.
        #[arg(long)]
        once: bool,
    },
}

fn host_name() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_string())
        .ok()
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "linux-device".into())
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("DIRECTORY_AGENT_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let cli = Cli::parse();
    let (path, required) = match &cli.config {
        Some(p) => (p.clone(), true),
        None => (PathBuf::from(DEFAULT_CONFIG), false),
    };
    let mut config = match Config::load(&path, required) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("directory-agent: {e}");
            return ExitCode::from(2);
        }
    };
    if let Some(d) = cli.state_dir {
        config.state_dir = d;
    }
    if let Some(r) = cli.root {
        config.root = r;
    }
    if let Some(c) = cli.ca_file {
        config.ca_file = Some(c);
    }
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("directory-agent: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = rt.block_on(async {
        match cli.command {
            Command::Enroll {
                server,
                token,
                name,
            } => {
                let name = name.unwrap_or_else(host_name);
                let id = daemon::enroll(&config, &server, &token, &name).await?;
                println!("enrolled as device {id}; start the agent with `directory-agent run`");
                Ok(())
            }
            Command::Run { once } => daemon::run(&config, once).await,
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("directory-agent: {e}");
            ExitCode::FAILURE
        }
    }
}
