//! Embeds the directory in-process: provision a user the way Okta does,
//! bind a Linux device, and hand the device its password hash.
//!
//! Run: `cargo run -p examples --example embedded_directory`
use std::time::Duration;

use directory::{Config, DeliveryEvent, Directory, HashParams, Platform};
use serde_json::json;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let tmp = tempfile::tempdir()?;
    let mut cfg = Config::sqlite_in(tmp.path());
    cfg.hash_params = HashParams::insecure_fast_for_tests(); // demo speed only
    let dir = Directory::open(cfg).await?;
    let (org, admin, _key) = dir
        .bootstrap("admin@localhost")
        .await?
        .expect("empty store");
    println!("org {} with admin {}", org.name, admin.email);

    // Okta's create, with its password.
    let user = dir
        .create_user(
            &org.id,
            &json!({
                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                "userName": "jane.doe@example.com",
                "name": {"givenName": "Jane", "familyName": "Doe"},
                "emails": [{"primary": true, "value": "jane.doe@example.com", "type": "work"}],
                "password": "Corr3ct-Horse-Battery",
            }),
        )
        .await?;
    println!("created {} (id {})", user.resource["userName"], user.id);

    // A Linux laptop enrolls and is bound to Jane.
    let (laptop, _credential) = dir
        .enroll_device(&org.id, "jane-laptop", Platform::Linux)
        .await?;
    dir.bind(&org.id, &user.id, &laptop.id).await?;

    // The agent checks in and receives the shadow hash.
    let work = dir.checkin(&laptop, 0, Duration::from_secs(1)).await?;
    for d in &work.deliveries {
        println!(
            "deliver version {} to local user '{}'",
            d.version, d.username
        );
        dir.report_delivery(
            &laptop,
            &d.user_id,
            d.version,
            DeliveryEvent::Applied {
                credential_manager_cleared: false,
            },
        )
        .await?;
    }
    let details = dir.user_details(&org.id, &user.id).await?;
    println!(
        "password version {}, device completed version {}",
        details.password.version, details.bound_resources[0].completed_version
    );
    Ok(())
}
