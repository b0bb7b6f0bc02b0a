//! The read path of the hot requests: API key resolution, `GET /Users/{id}`,
//! filtered lists and import pages.
//!
//! On embedded SQLite these reads run synchronously on a small pool of
//! `rusqlite` connections to the same file, inline on the calling task.
//! Why: sqlx runs each SQLite connection on its own worker thread, so one
//! statement costs a pool acquire, a hand-off to that thread and back, and a
//! `ping` round trip when the connection is returned. Profiling `GET
//! /Users/{id}` showed those thread wake-ups, not SQLite, dominating the CPU
//! (BENCHMARKS.md). A point read on a warm page cache takes a few
//! microseconds, less than one such hand-off, and in WAL mode a reader never
//! waits for the writer, so running it inline does not stall the executor.
//! Writes to a SQLite file run the same way, on one more connection of this
//! module's [`SqlConn`] behind the write lock ([`crate::db::WriteTx`]); a
//! read that starts after a write committed sees it (WAL snapshot per
//! statement).
//!
//! On PostgreSQL, and for an in-memory SQLite database (which a second
//! connection could not see), the same statements go through the sqlx pool.
//! Either way callers get [`Row`]s, read by column name through [`Cols`],
//! which is also implemented for sqlx rows so one mapping function serves
//! both.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rusqlite::types::ValueRef;
use rusqlite::{Connection, OpenFlags};
use sqlx::any::AnyRow;
use sqlx::{Column, Row as _, TypeInfo};

use crate::error::{DirectoryError, Result};

/// A bound parameter of a statement (`$1`, `$2`, ... in the SQL).
#[derive(Debug, Clone)]
pub(crate) enum Arg {
    Text(String),
    Int(i64),
    /// A text NULL (PostgreSQL types its parameters).
    Null,
    /// An integer NULL.
    NullInt,
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

impl From<Option<&str>> for Arg {
    fn from(v: Option<&str>) -> Self {
        v.map_or(Arg::Null, Arg::from)
    }
}

impl From<Option<String>> for Arg {
    fn from(v: Option<String>) -> Self {
        v.map_or(Arg::Null, Arg::from)
    }
}

impl From<Option<i64>> for Arg {
    fn from(v: Option<i64>) -> Self {
        v.map_or(Arg::NullInt, Arg::from)
    }
}

impl From<&Option<String>> for Arg {
    fn from(v: &Option<String>) -> Self {
        v.as_deref().map_or(Arg::Null, Arg::from)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Int(n)
    }
}

/// One column value of a [`Row`].
#[derive(Debug, Clone, PartialEq)]
enum Val {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

/// A row read by [`Reader::read`]: column names and values.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    names: Arc<[String]>,
    vals: Vec<Val>,
}

/// Access by column name, for [`Row`] and sqlx's `AnyRow` alike.
pub(crate) trait Cols {
    fn text(&self, col: &str) -> Result<String>;
    fn opt_text(&self, col: &str) -> Result<Option<String>>;
    fn int(&self, col: &str) -> Result<i64>;
    fn opt_int(&self, col: &str) -> Result<Option<i64>>;
}

impl Row {
    fn val(&self, col: &str) -> Result<&Val> {
        self.names
            .iter()
            .position(|n| n == col)
            .and_then(|i| self.vals.get(i))
            .ok_or_else(|| DirectoryError::invariant(format!("no column {col} in the row")))
    }
}

fn type_error(col: &str, want: &str) -> DirectoryError {
    DirectoryError::invariant(format!("column {col} is not {want}"))
}

impl Cols for Row {
    fn text(&self, col: &str) -> Result<String> {
        self.opt_text(col)?
            .ok_or_else(|| type_error(col, "a non-NULL text"))
    }

    fn opt_text(&self, col: &str) -> Result<Option<String>> {
        match self.val(col)? {
            Val::Null => Ok(None),
            Val::Text(s) => Ok(Some(s.clone())),
            _ => Err(type_error(col, "text")),
        }
    }

    fn int(&self, col: &str) -> Result<i64> {
        self.opt_int(col)?
            .ok_or_else(|| type_error(col, "a non-NULL integer"))
    }

    fn opt_int(&self, col: &str) -> Result<Option<i64>> {
        match self.val(col)? {
            Val::Null => Ok(None),
            Val::Int(n) => Ok(Some(*n)),
            _ => Err(type_error(col, "an integer")),
        }
    }
}

impl Cols for AnyRow {
    fn text(&self, col: &str) -> Result<String> {
        Ok(self.try_get(col)?)
    }

    fn opt_text(&self, col: &str) -> Result<Option<String>> {
        Ok(self.try_get(col)?)
    }

    fn int(&self, col: &str) -> Result<i64> {
        Ok(self.try_get(col)?)
    }

    fn opt_int(&self, col: &str) -> Result<Option<i64>> {
        Ok(self.try_get(col)?)
    }
}

/// `sql` with `args` bound, for sqlx (PostgreSQL, in-memory SQLite).
pub(crate) fn sqlx_query<'q>(
    sql: &'q str,
    args: &[Arg],
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    let mut q = sqlx::query(sql);
    for a in args {
        q = match a {
            Arg::Text(s) => q.bind(s.clone()),
            Arg::Int(n) => q.bind(*n),
            Arg::Null => q.bind(None::<String>),
            Arg::NullInt => q.bind(None::<i64>),
        };
    }
    q
}

/// Converts an sqlx row (PostgreSQL, or the in-memory SQLite fallback).
pub(crate) fn from_any(r: &AnyRow) -> Result<Row> {
    let mut names = Vec::with_capacity(r.columns().len());
    let mut vals = Vec::with_capacity(r.columns().len());
    for (i, c) in r.columns().iter().enumerate() {
        names.push(c.name().to_string());
        let v = match c.type_info().name() {
            // No declared type (SQLite expressions such as `COUNT(*)`):
            // the value's own type decides.
            "NULL" => {
                if let Ok(n) = r.try_get::<Option<i64>, _>(i) {
                    n.map_or(Val::Null, Val::Int)
                } else if let Ok(f) = r.try_get::<Option<f64>, _>(i) {
                    f.map_or(Val::Null, Val::Real)
                } else {
                    r.try_get::<Option<String>, _>(i)?
                        .map_or(Val::Null, Val::Text)
                }
            }
            "BOOLEAN" => r
                .try_get::<Option<bool>, _>(i)?
                .map_or(Val::Null, |b| Val::Int(b.into())),
            "SMALLINT" | "INTEGER" | "BIGINT" => {
                r.try_get::<Option<i64>, _>(i)?.map_or(Val::Null, Val::Int)
            }
            "REAL" | "DOUBLE" => r.try_get::<Option<f64>, _>(i)?.map_or(Val::Null, Val::Real),
            _ => r
                .try_get::<Option<String>, _>(i)?
                .map_or(Val::Null, Val::Text),
        };
        vals.push(v);
    }
    Ok(Row {
        names: names.into(),
        vals,
    })
}

/// Synchronous SQLite readers over the database file.
#[derive(Debug)]
pub(crate) struct SqliteReader {
    path: PathBuf,
    idle: Mutex<Vec<SqlConn>>,
}

/// A connection and the column names of the statements it ran: the
/// readers' (read-only) and the writer's (see [`crate::db::WriteTx`]).
///
/// Rows carry their column names (shared by the rows of one read); reading
/// them from SQLite and allocating them again for every read was a tenth of
/// the instructions of a `GET /Users/{id}` (`benches/examples/get_instructions.rs`).
#[derive(Debug)]
pub(crate) struct SqlConn {
    conn: Connection,
    names: HashMap<String, Arc<[String]>>,
    /// Per statement text, the `N` of each parameter in SQLite's order: its
    /// name lookup walks a list, so a statement of p parameters cost p² to
    /// bind every time (15% of a group binding's million-row change).
    params: std::cell::RefCell<HashMap<String, Arc<[usize]>>>,
}

impl SqliteReader {
    /// Connections kept idle; more are opened under a burst and then closed.
    const MAX_IDLE: usize = 8;

    /// A reader for `url`, or `None` where a second connection could not see
    /// the database (in-memory SQLite).
    pub(crate) fn for_url(url: &str) -> Result<Option<SqliteReader>> {
        if url.contains(":memory:") || url.contains("mode=memory") {
            return Ok(None);
        }
        let opts: sqlx::sqlite::SqliteConnectOptions = url
            .parse()
            .map_err(|e| DirectoryError::BadRequest(format!("database URL: {e}")))?;
        let r = SqliteReader {
            path: opts.get_filename().to_path_buf(),
            idle: Mutex::new(Vec::new()),
        };
        // Fail at start, not on the first request.
        let c = r.open()?;
        r.put(c);
        Ok(Some(r))
    }

    /// The database file.
    pub(crate) fn path(&self) -> &std::path::Path {
        &self.path
    }

    fn open(&self) -> Result<SqlConn> {
        SqlConn::open(&self.path, true)
    }

    fn take(&self) -> Result<SqlConn> {
        let c = self.idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
        match c {
            Some(c) => Ok(c),
            None => self.open(),
        }
    }

    fn put(&self, c: SqlConn) {
        let mut idle = self.idle.lock().unwrap_or_else(|p| p.into_inner());
        if idle.len() < Self::MAX_IDLE {
            idle.push(c);
        }
    }

    /// Runs one statement and collects its rows.
    pub(crate) fn read(&self, sql: &str, args: &[Arg]) -> Result<Vec<Row>> {
        let mut c = self.take()?;
        let out = c.run(sql, args);
        // A connection that failed is dropped rather than reused.
        if out.is_ok() {
            self.put(c);
        }
        out
    }
}

impl SqlConn {
    /// As many statements' names as the connection caches statements.
    const MAX_NAMES: usize = 64;

    /// How long one statement of the writer blocks on a lock held by
    /// another process before it reports SQLITE_BUSY.
    pub(crate) const WRITER_BUSY_TIMEOUT: Duration = Duration::from_millis(5);

    /// Opens the database file: read-only (a reader) or for writing (the
    /// writer: WAL, synchronous=FULL, foreign keys, as the sqlx pool's).
    pub(crate) fn open(path: &std::path::Path, read_only: bool) -> Result<SqlConn> {
        let c = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        // The writer waits for another process's write lock without
        // blocking the executor (see `Db::begin_write`): each of its
        // attempts blocks for at most this long.
        c.busy_timeout(if read_only {
            Duration::from_secs(10)
        } else {
            SqlConn::WRITER_BUSY_TIMEOUT
        })?;
        if read_only {
            c.execute_batch("PRAGMA query_only = ON;")?;
        } else {
            c.execute_batch(crate::db::SQLITE_WRITER_PRAGMAS)?;
        }
        c.set_prepared_statement_cache_capacity(SqlConn::MAX_NAMES);
        Ok(SqlConn {
            conn: c,
            names: HashMap::new(),
            params: Default::default(),
        })
    }

    /// Runs statements without parameters or rows (`BEGIN`, `COMMIT`).
    pub(crate) fn batch(&self, sql: &str) -> Result<()> {
        Ok(self.conn.execute_batch(sql)?)
    }

    /// Prepares (cached) and binds `sql`.
    fn prepare_in<'c>(
        conn: &'c Connection,
        params: &std::cell::RefCell<HashMap<String, Arc<[usize]>>>,
        sql: &str,
        args: &[Arg],
    ) -> Result<rusqlite::CachedStatement<'c>> {
        let mut stmt = conn.prepare_cached(sql)?;
        // `$N` is a named parameter to SQLite, numbered by first appearance:
        // bind each by the N of its name (read once per statement text). A
        // parameter without an argument is an error, not a NULL.
        let known = params.borrow().get(sql).cloned();
        let order = match known {
            Some(o) if o.len() == stmt.parameter_count() => o,
            _ => {
                let o: Arc<[usize]> = (1..=stmt.parameter_count())
                    .map(|idx| {
                        stmt.parameter_name(idx)
                            .and_then(|name| name.strip_prefix('$'))
                            .and_then(|n| n.parse::<usize>().ok())
                            .unwrap_or(0)
                    })
                    .collect();
                let mut cache = params.borrow_mut();
                if cache.len() >= SqlConn::MAX_NAMES {
                    cache.clear();
                }
                cache.insert(sql.to_string(), o.clone());
                o
            }
        };
        for (i, n) in order.iter().enumerate() {
            let idx = i + 1;
            let arg = n.checked_sub(1).and_then(|n| args.get(n)).ok_or_else(|| {
                DirectoryError::invariant(format!(
                    "parameter {idx} of a statement has no argument ({} given)",
                    args.len()
                ))
            })?;
            match arg {
                Arg::Text(s) => stmt.raw_bind_parameter(idx, s.as_str())?,
                Arg::Int(n) => stmt.raw_bind_parameter(idx, *n)?,
                Arg::Null | Arg::NullInt => stmt.raw_bind_parameter(idx, rusqlite::types::Null)?,
            }
        }
        Ok(stmt)
    }

    /// Runs a statement that returns no rows; the number of rows it changed.
    pub(crate) fn execute(&self, sql: &str, args: &[Arg]) -> Result<u64> {
        let mut stmt = Self::prepare_in(&self.conn, &self.params, sql, args)?;
        Ok(stmt.raw_execute()? as u64)
    }

    /// Runs one statement and collects its rows.
    pub(crate) fn run(&mut self, sql: &str, args: &[Arg]) -> Result<Vec<Row>> {
        let mut stmt = Self::prepare_in(&self.conn, &self.params, sql, args)?;
        let names = match self.names.get(sql) {
            // A statement's text fixes its columns (reads name them; the
            // count guards against a `*` read across a migration).
            Some(n) if n.len() == stmt.column_count() => n.clone(),
            _ => {
                let n: Arc<[String]> = stmt.column_names().iter().map(|s| s.to_string()).collect();
                if self.names.len() >= SqlConn::MAX_NAMES {
                    self.names.clear();
                }
                self.names.insert(sql.to_string(), n.clone());
                n
            }
        };
        let mut rows = stmt.raw_query();
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let mut vals = Vec::with_capacity(names.len());
            for i in 0..names.len() {
                vals.push(match r.get_ref(i)? {
                    ValueRef::Null => Val::Null,
                    ValueRef::Integer(n) => Val::Int(n),
                    ValueRef::Real(f) => Val::Real(f),
                    ValueRef::Text(t) => Val::Text(
                        std::str::from_utf8(t)
                            .map_err(DirectoryError::internal)?
                            .to_string(),
                    ),
                    ValueRef::Blob(_) => {
                        return Err(type_error(&names[i], "text or a number (a blob)"))
                    }
                });
            }
            out.push(Row {
                names: names.clone(),
                vals,
            });
        }
        Ok(out)
    }
}

impl crate::db::Db {
    /// Runs a read-only statement (see the module documentation for where).
    pub(crate) async fn read(&self, sql: &str, args: &[Arg]) -> Result<Vec<Row>> {
        #[cfg(test)]
        crate::db::statement_log::record(sql);
        if let Some(r) = &self.reader {
            return r.read(sql, args);
        }
        sqlx_query(sql, args)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(from_any)
            .collect()
    }

    /// [`Db::read`] of at most one row.
    pub(crate) async fn read_one(&self, sql: &str, args: &[Arg]) -> Result<Option<Row>> {
        Ok(self.read(sql, args).await?.into_iter().next())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch() -> (tempfile::TempDir, PathBuf) {
        let d = tempfile::tempdir().expect("tempdir");
        let p = d.path().join("t.db");
        let c = Connection::open(&p).expect("open");
        c.execute_batch(
            "PRAGMA journal_mode=WAL; CREATE TABLE t (a TEXT, b BIGINT, c REAL, d TEXT);
             INSERT INTO t VALUES ('x', 1, 0.5, NULL), ('y', 2, 1.5, 'z');",
        )
        .expect("schema");
        (d, p)
    }

    fn reader(p: &std::path::Path) -> SqliteReader {
        SqliteReader::for_url(&format!("sqlite://{}", p.display()))
            .expect("reader")
            .expect("file database")
    }

    #[test]
    fn binds_by_name_in_any_order_and_reads_every_type() {
        let (_d, p) = scratch();
        let r = reader(&p);
        // $2 appears before $1: binding by position would swap them.
        let rows = r
            .read(
                "SELECT a, b, c, d FROM t WHERE b = $2 OR a = $1 ORDER BY a",
                &[Arg::from("y"), Arg::Int(1)],
            )
            .expect("read");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].text("a").expect("a"), "x");
        assert_eq!(rows[0].int("b").expect("b"), 1);
        assert_eq!(rows[0].opt_text("d").expect("d"), None);
        assert_eq!(rows[1].opt_text("d").expect("d").as_deref(), Some("z"));
        assert!(rows[0].int("a").is_err(), "text read as an integer");
        assert!(rows[0].text("nope").is_err(), "unknown column");
    }

    #[test]
    fn a_parameter_without_an_argument_is_an_error_not_null() {
        let (_d, p) = scratch();
        let r = reader(&p);
        assert!(r
            .read("SELECT a FROM t WHERE b = $2", &[Arg::Int(1)])
            .is_err());
        // A repeated parameter binds once; an unused argument is fine.
        let rows = r
            .read(
                "SELECT a FROM t WHERE b = $1 OR c > $1",
                &[Arg::Int(1), Arg::from("unused")],
            )
            .expect("read");
        assert_eq!(rows.len(), 2);
        // The column names cached for one text do not leak into another.
        let rows = r.read("SELECT b AS a FROM t WHERE b = $1", &[Arg::Int(2)]);
        assert_eq!(rows.expect("read")[0].int("a").expect("a"), 2);
        let rows = r.read("SELECT a, b FROM t WHERE b = $1", &[Arg::Int(2)]);
        assert_eq!(rows.expect("read")[0].text("a").expect("a"), "y");
    }

    #[test]
    fn sees_rows_committed_by_another_connection() {
        let (_d, p) = scratch();
        let r = reader(&p);
        let count = |r: &SqliteReader| {
            r.read("SELECT COUNT(*) AS n FROM t", &[]).expect("read")[0]
                .int("n")
                .expect("n")
        };
        assert_eq!(count(&r), 2);
        let w = Connection::open(&p).expect("writer");
        w.execute("INSERT INTO t VALUES ('w', 3, 0, NULL)", [])
            .expect("insert");
        assert_eq!(count(&r), 3);
    }

    #[test]
    fn refuses_to_write_and_keeps_working() {
        let (_d, p) = scratch();
        let r = reader(&p);
        assert!(r.read("DELETE FROM t", &[]).is_err());
        assert_eq!(r.read("SELECT a FROM t", &[]).expect("read").len(), 2);
        assert!(r.read("SELECT a FROM missing", &[]).is_err());
    }

    #[test]
    fn memory_databases_fall_back() {
        assert!(SqliteReader::for_url("sqlite::memory:")
            .expect("ok")
            .is_none());
    }
}
