//! Bulk seeding, for benchmarks and migrations: many Okta-managed users at
//! once, without passwords, in large batches.

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
        const BATCH: usize = 500;
        let pw =
            serde_json::to_string(&PasswordStatus::default()).map_err(DirectoryError::internal)?;
        let now = crate::db::now_str();
        let mut done = 0;
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
                let resource = json!({"schemas": [scim_core::schema::USER_SCHEMA], "userName": login,
                    "name": {"givenName": "Seed", "familyName": format!("User{i}")},
                    "emails": [{"value": login, "type": "work", "primary": true}], "active": true});
                args.extend([
                    Arg::from(uuid::Uuid::new_v4().to_string()),
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
        Ok(done)
    }
}
