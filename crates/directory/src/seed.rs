//! Bulk seeding, for benchmarks and migrations: many Okta-managed users at
//! once, without passwords, in large batches; and devices, each bound to
//! one of them, for fleet-scale load runs.

use password_sync::PasswordStatus;
use serde_json::json;
use username_rules::Username;

use crate::error::{DirectoryError, Result};
use crate::reads::Arg;
use crate::Directory;

impl Directory {
    /// Inserts `count` Okta-managed users `{prefix}{n}@seed.test` without
    /// passwords, 500 to a transaction. Returns how many were inserted.
    /// One audit entry per batch says how many users it added.
    pub async fn seed_users(&self, org_id: &str, prefix: &str, count: usize) -> Result<usize> {
        Ok(self.seed_user_ids(org_id, prefix, count).await?.len())
    }

    /// [`Directory::seed_users`], returning the new users' ids in order.
    async fn seed_user_ids(&self, org_id: &str, prefix: &str, count: usize) -> Result<Vec<String>> {
        const BATCH: usize = 500;
        let pw =
            serde_json::to_string(&PasswordStatus::default()).map_err(DirectoryError::internal)?;
        let now = crate::db::now_str();
        let mut done = 0;
        let mut ids = Vec::with_capacity(count);
        while done < count {
            let n = BATCH.min(count - done);
            let mut sql = String::from(
                "INSERT INTO users (id, org_id, user_name, user_name_lower, external_id, unix_username, unix_username_lower, \
                 state, externally_managed, scim_visible, resource, password, verifier, version, created_at, modified_at) VALUES ",
            );
            for i in 0..n {
                let b = i * 9;
                if i > 0 {
                    sql.push(',');
                }
                sql.push_str(&format!(
                    "(${}, ${}, ${}, ${}, ${}, ${}, ${}, 'ACTIVATED', 1, 1, ${}, ${}, NULL, 1, $1, $1)",
                    b + 2, b + 3, b + 4, b + 5, b + 6, b + 7, b + 8, b + 9, b + 10
                ));
            }
            let mut args: Vec<Arg> = vec![Arg::from(&now)];
            for i in done..done + n {
                let login = format!("{prefix}{i}@seed.test");
                let unix = Username::parse(&format!("{prefix}{i}"))?;
                let id = uuid::Uuid::new_v4().to_string();
                let resource = json!({"schemas": [scim_core::schema::USER_SCHEMA], "userName": login,
                    "name": {"givenName": "Seed", "familyName": format!("User{i}")},
                    "emails": [{"value": login, "type": "work", "primary": true}], "active": true});
                ids.push(id.clone());
                args.extend([
                    Arg::from(id),
                    Arg::from(org_id),
                    Arg::from(login.clone()),
                    Arg::from(login.to_lowercase()),
                    Arg::from(format!("seed-{i}")),
                    Arg::from(unix.as_str()),
                    Arg::from(unix.key()),
                    Arg::from(resource.to_string()),
                    Arg::from(&pw),
                ]);
            }
            let mut c = self.change(org_id, "seed", "admin.seed_users").await?;
            let mut q = c.tx().query(&sql);
            for a in args {
                q = q.bind(a);
            }
            q.execute().await?;
            // Appended at the end: no list position moves.
            c.scim_visibility_changed(n as i64, false).await?;
            c.commit(None, json!({"prefix": prefix, "users": n}))
                .await?;
            done += n;
        }
        // A bulk load changes the table's shape at once: refresh the planner's
        // statistics (without them PostgreSQL scans instead of using the
        // userName index).
        sqlx::query("ANALYZE users").execute(&self.db.pool).await?;
        Ok(ids)
    }

    /// Seeds a fleet for load runs: `count` users as [`Directory::seed_users`]
    /// does (`{prefix}{n}`, no password: Okta's first change gives one),
    /// and for each a device (`{prefix}-dev-{n}`, platforms in turn from
    /// `platforms`) enrolled and bound to it by the same use cases an
    /// admin's requests run, `concurrency` at a time (at most half the
    /// pool's connections). Nothing is hashed and no request is sent:
    /// 10,000 devices took 34-41 s, through the API 300 s (BENCHMARKS.md,
    /// fifteenth session). Each device's credential is in what it returns,
    /// once, as enrolment returns it.
    pub async fn seed_devices(
        &self,
        org_id: &str,
        prefix: &str,
        count: usize,
        platforms: &[password_sync::Platform],
        concurrency: usize,
    ) -> Result<Vec<SeededDevice>> {
        use futures::stream::{self, StreamExt, TryStreamExt};
        if platforms.is_empty() {
            return Err(DirectoryError::BadRequest(
                "seeding devices needs at least one platform".into(),
            ));
        }
        // A bind holds its transaction's connection while it reads through
        // the pool: more binds at once than half the pool could leave every
        // connection held by a transaction waiting for another.
        let pool = self.db.pool.options().get_max_connections() as usize;
        let concurrency = concurrency.clamp(1, (pool / 2).max(1));
        let users = self.seed_user_ids(org_id, prefix, count).await?;
        stream::iter(users.into_iter().enumerate())
            .map(|(i, user_id)| async move {
                let platform = platforms[i % platforms.len()];
                let (device, credential) = self
                    .enroll_device(org_id, &format!("{prefix}-dev-{i}"), platform)
                    .await?;
                self.bind(org_id, &user_id, &device.id).await?;
                Ok::<_, DirectoryError>(SeededDevice {
                    device,
                    credential,
                    user_id,
                    unix_username: format!("{prefix}{i}"),
                })
            })
            .buffered(concurrency)
            .try_collect()
            .await
    }
}

/// A device [`Directory::seed_devices`] made, with its one user. Its
/// `Debug` leaves the credential out.
pub struct SeededDevice {
    /// The device.
    pub device: crate::Device,
    /// Its credential (shown once).
    pub credential: zeroize::Zeroizing<String>,
    /// The user bound to it.
    pub user_id: String,
    /// That user's unix username.
    pub unix_username: String,
}

impl std::fmt::Debug for SeededDevice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SeededDevice")
            .field("device", &self.device)
            .field("credential", &"<redacted>")
            .field("user_id", &self.user_id)
            .field("unix_username", &self.unix_username)
            .finish()
    }
}
