//! Criterion benchmarks (see benches/benches/), the load harness
//! (src/bin/load.rs) and measuring programs (examples/); this library holds
//! what the harness and the programs share.

/// Runs one statement with the PostgreSQL client against `url`.
pub fn psql(url: &str, sql: &str) -> anyhow::Result<()> {
    let ok = std::process::Command::new("psql")
        .arg(url)
        .arg("-qc")
        .arg(sql)
        .status()?
        .success();
    if !ok {
        anyhow::bail!("psql failed: {sql}");
    }
    Ok(())
}

/// The URL of database `name` on the server `admin` (a URL ending in a
/// database name) points at.
pub fn database_url(admin: &str, name: &str) -> String {
    let base = admin.rsplit_once('/').map_or(admin, |(base, _)| base);
    format!("{base}/{name}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_sibling_database_keeps_the_server() {
        assert_eq!(
            super::database_url("postgres://u@h:5432/postgres", "bench_1"),
            "postgres://u@h:5432/bench_1"
        );
    }
}
