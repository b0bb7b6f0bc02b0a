//! The web console in a real browser: Debian's Chromium driven over
//! WebDriver (chromedriver) against the release binary on 127.0.0.1:0.
//!
//! - the seed story: an admin signs in and enrols TOTP, generates the API
//!   key; users created the way Okta creates them appear in the Users list
//!   (one with markup in its name, rendered as text); simulated devices
//!   apply a password change and the Details panel shows each device's
//!   state; suspend and restore from the page; attribute edits turned off
//!   make the user portal refuse them; a user's portal password change
//!   shows as drift;
//! - a passkey enrolled and used to sign in with Chromium's virtual
//!   authenticator;
//! - every page saves a screenshot under `target/console-screenshots/`.
//!
//! Without chromium and chromedriver the tests print a loud SKIP line;
//! with `REQUIRE_BROWSER=1` (CI) that is a failure.
mod common;

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use agent_sim::agent::Agent;
use agent_sim::client::{Client as Sim, PasswordShape};
use agent_sim::device::Device;
use common::{base32_decode, bootstrapped_org, cli_with, totp_at};
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use password_sync::Platform;
use serde_json::{json, Value};

const ADMIN: &str = "okta-provisioning";
const ADMIN_PW: &str = "Consol3-Admin-Pass!";

fn browser_paths() -> Option<(PathBuf, PathBuf)> {
    let chromium = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    let driver = std::env::var_os("CHROMEDRIVER")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromedriver"));
    if chromium.exists() && driver.exists() {
        return Some((chromium, driver));
    }
    if std::env::var("REQUIRE_BROWSER").as_deref() == Ok("1") {
        panic!(
            "REQUIRE_BROWSER=1 but {} or {} is missing (Debian packages chromium, chromium-driver)",
            chromium.display(),
            driver.display()
        );
    }
    eprintln!(
        "SKIP (loud): chromium/chromedriver not installed; the console's browser tests did not run"
    );
    None
}

/// A chromedriver process and a headless Chromium session.
struct Browser {
    driver: Child,
    client: Client,
    shots: PathBuf,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

async fn browser() -> Option<Browser> {
    let (chromium, driver_path) = browser_paths()?;
    let port = free_port();
    let driver = Command::new(driver_path)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromedriver");
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": chromium,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1100", "--no-first-run", "--lang=en-US"],
        }),
    );
    let mut last = None;
    for _ in 0..100 {
        let http = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(http)
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(client) => {
                let shots = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                    .join("../../target/console-screenshots");
                std::fs::create_dir_all(&shots).expect("screenshot dir");
                return Some(Browser {
                    driver,
                    client,
                    shots,
                });
            }
            Err(e) => {
                last = Some(e.to_string());
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    }
    panic!("chromedriver did not start a session: {last:?}");
}

impl Browser {
    async fn go(&self, url: &str) {
        self.client.goto(url).await.expect("goto");
    }

    async fn shot(&self, name: &str) {
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::write(self.shots.join(format!("{name}.png")), png).expect("write screenshot");
    }

    async fn fill(&self, css: &str, text: &str) {
        let e = self.client.find(Locator::Css(css)).await.expect(css);
        e.clear().await.expect("clear");
        e.send_keys(text).await.expect("type");
    }

    async fn click(&self, css: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
            .click()
            .await
            .expect("click");
    }

    async fn text(&self, css: &str) -> String {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
            .text()
            .await
            .expect("text")
    }

    async fn count(&self, css: &str) -> usize {
        self.client
            .find_all(Locator::Css(css))
            .await
            .expect("find_all")
            .len()
    }

    async fn path(&self) -> String {
        let u = self.client.current_url().await.expect("url");
        match u.query() {
            Some(q) => format!("{}?{q}", u.path()),
            None => u.path().to_string(),
        }
    }

    async fn body(&self) -> String {
        self.text("body").await
    }

    /// Clicks `css` (a form's button, a link) and waits for the next page:
    /// until the current document's root is gone (a click may return
    /// before the browser has replaced the page).
    async fn submit(&self, css: &str) {
        let old = self.client.find(Locator::Css("html")).await.expect("page");
        self.click(css).await;
        let started = std::time::Instant::now();
        while old.tag_name().await.is_ok() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "no new page 20 s after clicking {css}"
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        self.client
            .wait()
            .for_element(Locator::Css("body"))
            .await
            .expect("page");
    }
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("time")
        .as_secs()
}

/// A TOTP code for a step the server has not seen used yet.
fn fresh_code(secret: &[u8], used: &mut u64) -> String {
    let mut step = now() / 30;
    if step <= *used {
        step = *used + 1;
        // Wait for that step to begin (at most 30 s).
        while now() / 30 < step {
            std::thread::sleep(Duration::from_millis(200));
        }
    }
    *used = step;
    totp_at(secret, step * 30, 6)
}

/// A server with a service account that has a password (no MFA yet).
fn server_with_admin() -> (common::Server, String) {
    let s = common::start();
    let org = bootstrapped_org(&s);
    let data = s._data.as_ref().expect("data").path().to_path_buf();
    cli_with(
        &data,
        &[
            "create-admin",
            "--org",
            &org,
            "--login",
            ADMIN,
            "--service-account",
            "--display-name",
            "Okta provisioning",
            "--password-stdin",
        ],
        &format!("{ADMIN_PW}\n"),
        &[],
    );
    (s, org)
}

/// The browser signs in and enrols TOTP; returns the TOTP secret.
async fn sign_in_and_enrol_totp(b: &Browser, base: &str, used: &mut u64) -> Vec<u8> {
    b.go(&format!("{base}/console")).await;
    assert!(
        b.path().await.starts_with("/console/sign-in"),
        "{}",
        b.path().await
    );
    b.shot("01-sign-in").await;
    // A wrong password: the same page, with a clear error.
    b.fill("#login", ADMIN).await;
    b.fill("#password", "not-the-password").await;
    b.submit("form button[type=submit]").await;
    assert!(
        b.text("p.error").await.contains("wrong"),
        "{}",
        b.body().await
    );
    b.fill("#password", ADMIN_PW).await;
    b.submit("form button[type=submit]").await;
    assert_eq!(b.path().await, "/console/enrol");
    // Pages under the CSP still get their stylesheet (a file, not inline).
    let bg = b
        .client
        .execute(
            "return getComputedStyle(document.querySelector('header.top')).backgroundColor",
            vec![],
        )
        .await
        .expect("style");
    assert_eq!(bg, json!("rgb(29, 35, 48)"), "the stylesheet applies");
    b.shot("02-enrol-mfa").await;
    // Anything other than the console is closed until a factor is set up.
    b.go(&format!("{base}/console/users")).await;
    assert_eq!(b.path().await, "/console/enrol");
    // Each showing of the page starts with a new key: the one on screen.
    let secret = base32_decode(&b.text("#totp-secret").await);
    assert_eq!(secret.len(), 20, "a 160-bit TOTP key");
    let code = fresh_code(&secret, used);
    b.fill("#code", &code).await;
    b.submit("form[action='/console/enrol/totp'] button").await;
    let codes = b.text("#recovery-code-list").await;
    assert_eq!(
        codes.lines().filter(|l| !l.trim().is_empty()).count(),
        10,
        "{codes}"
    );
    b.shot("03-recovery-codes").await;
    secret
}

#[tokio::test]
async fn the_seed_story_in_the_browser() {
    let Some(b) = browser().await else { return };
    let (s, _org) = server_with_admin();
    let base = s.url.clone();
    let mut used = 0;
    let _secret = sign_in_and_enrol_totp(&b, &base, &mut used).await;

    // The overview, before anything arrived from Okta.
    b.go(&format!("{base}/console")).await;
    assert!(b.body().await.contains("No request from Okta yet"));

    // My API key: generated (the sign-in is recent), shown once.
    b.go(&format!("{base}/console/api-key")).await;
    b.shot("04-api-key-page").await;
    b.submit("form[action='/console/api-key'] button").await;
    let key = b.text("#api-key").await;
    assert!(key.starts_with("dk_"), "{key}");
    assert!(b.body().await.contains("shown only this once"));
    b.shot("05-api-key-shown-once").await;
    b.go(&format!("{base}/console/api-key")).await;
    assert!(
        !b.body().await.contains(&key),
        "the key is never shown again"
    );

    // Okta creates users with the new key (its request shapes).
    let okta = Sim::new(&base, &key).expect("client");
    let jane = okta
        .create_user("jane.doe@example.com", "Jd-First-Passw0rd")
        .await
        .expect("create");
    let _bob = okta
        .create_user("bob.ray@example.com", "Br-First-Passw0rd")
        .await
        .expect("create");
    let hostile = "<script>window.pwned=1</script><b>Mallory</b>";
    let r = reqwest::Client::new()
        .post(format!("{base}/scim/v2/Users"))
        .header("authorization", format!("Bearer {key}"))
        .header("content-type", "application/scim+json")
        .body(
            json!({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                   "userName": "mallory@example.com", "displayName": hostile,
                   "name": {"givenName": "<img src=x>", "familyName": "M"},
                   "emails": [{"primary": true, "value": "mallory@example.com", "type": "work"}],
                   "active": true, "password": "Ml-First-Passw0rd"})
            .to_string(),
        )
        .send()
        .await
        .expect("create");
    assert_eq!(r.status(), 201);
    let mallory: Value = r.json().await.expect("json");
    let mallory = mallory["id"].as_str().expect("id").to_string();

    // They appear in the Users list; markup from Okta is text.
    b.go(&format!("{base}/console/users")).await;
    let body = b.body().await;
    for u in ["jane.doe", "bob.ray", "mallory"] {
        assert!(body.contains(u), "{u} in the list: {body}");
    }
    assert!(body.contains(hostile), "the display name shows as written");
    assert_eq!(
        b.count("td b").await,
        0,
        "no element made from Okta's markup"
    );
    assert_eq!(b.count("td img").await, 0);
    let pwned = b
        .client
        .execute("return window.pwned === undefined", vec![])
        .await
        .expect("js");
    assert_eq!(pwned, json!(true), "Okta's script did not run");
    b.shot("06-users-list").await;
    // Search and filters.
    b.fill("#q", "jane").await;
    b.submit("form.filters button").await;
    let body = b.body().await;
    assert!(
        body.contains("jane.doe") && !body.contains("bob.ray"),
        "{body}"
    );
    // The start of the login, through its index, any case.
    b.go(&format!("{base}/console/users")).await;
    b.fill("#q", "JANE.D").await;
    b.click("#search option[value=login]").await;
    b.submit("form.filters button").await;
    let body = b.body().await;
    assert!(
        body.contains("jane.doe") && !body.contains("bob.ray"),
        "{body}"
    );
    assert_eq!(
        b.count("#search option[value=login][selected]").await,
        1,
        "the search keeps its mode"
    );
    b.shot("26-users-login-search").await;
    b.fill("#q", "ane.doe").await;
    b.submit("form.filters button").await;
    assert!(
        b.body().await.contains("No user matches these filters"),
        "a login-prefix search does not match inside the login"
    );
    b.go(&format!("{base}/console/users?state=SUSPENDED")).await;
    assert!(b.body().await.contains("No user matches these filters"));
    b.go(&format!("{base}/console/users?password=bogus")).await;
    assert!(
        b.body().await.contains("unknown password filter 'bogus'"),
        "{}",
        b.body().await
    );
    b.go(&format!("{base}/console/users/{mallory}")).await;
    assert_eq!(b.count("main b").await, 0);
    assert!(b.body().await.contains(hostile));

    // Devices: Linux, Windows and a Mac, each running a simulated agent.
    let mut agents = Vec::new();
    for (name, platform) in [("lin-1", "linux"), ("win-1", "windows"), ("mac-1", "macos")] {
        let (id, cred) = okta.enroll(name, platform).await.expect("enroll");
        let p = Platform::parse(platform).expect("platform");
        agents.push(Agent::new(name, &id, Device::new(p), okta.agent(&cred)));
    }
    // Bind Jane to the Linux device from her Details panel, the rest by API.
    b.go(&format!("{base}/console/users/{jane}")).await;
    let lin = agents[0].device_id.clone();
    b.client
        .find(Locator::Css("#device_id"))
        .await
        .expect("select")
        .select_by_value(&lin)
        .await
        .expect("choose");
    b.submit("form[action$='/bind'] button").await;
    assert!(
        b.body().await.contains("The device is bound"),
        "{}",
        b.body().await
    );
    for a in &agents[1..] {
        okta.bind(&jane, &a.device_id).await.expect("bind");
    }
    for a in agents.iter_mut() {
        a.poll(0).await.expect("poll");
    }
    // Okta changes Jane's password: Linux and Windows apply it, the Mac
    // waits for her to confirm with the new and the previous password.
    okta.set_password(&jane, "Jd-Second-Passw0rd", PasswordShape::PatchValue)
        .await
        .expect("password");
    for a in agents.iter_mut() {
        a.poll(0).await.expect("poll");
    }
    b.go(&format!("{base}/console/users/{jane}")).await;
    let applied = b
        .count("#devices li[data-version='2'][data-state='applied']")
        .await;
    let waiting = b
        .count("#devices li[data-version='2'][data-state='awaiting_confirmation']")
        .await;
    assert_eq!((applied, waiting), (2, 1), "{}", b.body().await);
    b.shot("07-details-panel-awaiting-mac").await;
    agents[2]
        .confirm("jane.doe", "Jd-Second-Passw0rd", "Jd-First-Passw0rd")
        .await
        .expect("confirm");
    b.go(&format!("{base}/console/users/{jane}")).await;
    // Her keychain was made before she ever confirmed: confirmed, or
    // re-made empty (keychain_reset); either way no longer waiting.
    let done = b
        .count("#devices li[data-version='2'][data-state='confirmed']")
        .await
        + b.count("#devices li[data-version='2'][data-state='keychain_reset']")
            .await;
    assert_eq!(done, 1, "{}", b.text("#devices").await);
    b.shot("08-details-panel").await;

    // Suspend and restore from the page.
    b.submit("form[action$='/suspend'] button").await;
    assert!(b.text("h1").await.contains("Suspended"));
    assert!(b.body().await.contains("The user is suspended"));
    b.shot("09-suspended").await;
    for a in agents.iter_mut() {
        a.poll(0).await.expect("poll");
    }
    b.submit("form[action$='/restore'] button").await;
    assert!(b.text("h1").await.contains("Active"));

    // A form without its CSRF token, or from another site, changes nothing.
    let cookie = b
        .client
        .get_named_cookie("directory-admin")
        .await
        .expect("cookie");
    let forged = reqwest::Client::new()
        .post(format!("{base}/console/users/{jane}/suspend"))
        .header("cookie", format!("directory-admin={}", cookie.value()))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("csrf=forged")
        .send()
        .await
        .expect("post");
    assert_eq!(forged.status(), 403);
    assert!(forged
        .text()
        .await
        .expect("text")
        .contains("security token"));
    let cross = reqwest::Client::new()
        .post(format!("{base}/console/users/{jane}/suspend"))
        .header("cookie", format!("directory-admin={}", cookie.value()))
        .header("origin", "https://evil.example")
        .header("content-type", "application/x-www-form-urlencoded")
        .body("csrf=x")
        .send()
        .await
        .expect("post");
    assert_eq!(cross.status(), 403);
    b.go(&format!("{base}/console/users/{jane}")).await;
    assert!(b.text("h1").await.contains("Active"), "still active");

    // Org settings: attribute edits off.
    b.go(&format!("{base}/console/settings")).await;
    b.shot("10-org-settings").await;
    let edits = b
        .client
        .find(Locator::Css("input[name=portal_attribute_edits]"))
        .await
        .expect("checkbox");
    if edits.prop("checked").await.expect("prop").as_deref() == Some("true") {
        edits.click().await.expect("untick");
    }
    // What the browser's own checks would stop still gets a clear answer
    // from the server, and nothing is saved.
    b.client
        .execute(
            "document.querySelector('form.settings').noValidate = true; document.getElementById('min_length').value = '';",
            vec![],
        )
        .await
        .expect("js");
    b.submit("form.settings button[type=submit]").await;
    assert!(
        b.text("p.error")
            .await
            .contains("minimum length is required"),
        "{}",
        b.body().await
    );
    b.go(&format!("{base}/console/settings")).await;
    let edits = b
        .client
        .find(Locator::Css("input[name=portal_attribute_edits]"))
        .await
        .expect("checkbox");
    if edits.prop("checked").await.expect("prop").as_deref() == Some("true") {
        edits.click().await.expect("untick");
    }
    b.submit("form.settings button[type=submit]").await;
    assert!(b.body().await.contains("Saved."), "{}", b.body().await);

    // The user portal: Jane signs in; attribute edits are refused; she
    // changes her password, which is drift.
    b.go(&format!("{base}/portal")).await;
    assert_eq!(b.path().await, "/portal/sign-in");
    b.fill("#username", "jane.doe").await;
    b.fill("#password", "Jd-Second-Passw0rd").await;
    b.submit("form button[type=submit]").await;
    assert_eq!(b.path().await, "/portal");
    assert!(b
        .text("#attributes-disabled")
        .await
        .contains("cannot be edited"));
    assert!(b
        .body()
        .await
        .contains("Okta's next password push overwrites it"));
    b.shot("11-user-portal").await;
    // A weak new password: refused with the policy's words.
    b.fill("#current_password", "Jd-Second-Passw0rd").await;
    b.fill("#new_password", "short").await;
    b.submit("form[action='/portal/password'] button").await;
    assert!(
        b.text("p.error").await.contains("policy"),
        "{}",
        b.body().await
    );
    b.fill("#current_password", "Jd-Second-Passw0rd").await;
    b.fill("#new_password", "Mine-Own-Passw0rd").await;
    b.submit("form[action='/portal/password'] button").await;
    assert!(
        b.body().await.contains("Your password is changed"),
        "{}",
        b.body().await
    );

    // The admin sees the drift.
    b.go(&format!("{base}/console/users/{jane}")).await;
    assert!(b.body().await.contains("drift"), "{}", b.body().await);
    b.go(&format!("{base}/console/users?password=drift")).await;
    let body = b.body().await;
    assert!(
        body.contains("jane.doe") && !body.contains("bob.ray"),
        "{body}"
    );
    b.go(&format!("{base}/console")).await;
    let cards = b.text("section.cards").await;
    assert!(cards.contains("Drift\n1"), "{cards}");
    assert!(
        b.body().await.contains("scim."),
        "the last request from Okta"
    );
    b.shot("12-overview").await;

    // The remaining pages render and are saved.
    for (path, name) in [
        ("/console/devices", "13-devices"),
        (
            &format!("/console/devices/{}", agents[2].device_id) as &str,
            "14-device",
        ),
        ("/console/diagnostics", "15-diagnostics"),
        ("/console/collisions", "16-username-check"),
        ("/console/admins", "17-admins"),
        ("/console/account", "18-account"),
    ] {
        b.go(&format!("{base}{path}")).await;
        assert!(!b.body().await.contains("Something went wrong"), "{path}");
        b.shot(name).await;
    }
    // The audit log links each entry to its request: following the link
    // shows that request's entries only (the id shortened, whole in the link).
    b.go(&format!("{base}/console/diagnostics")).await;
    let link = b
        .client
        .find(Locator::Css(
            "table.audit a[href^='/console/diagnostics?request=']",
        ))
        .await
        .expect("a request link")
        .attr("href")
        .await
        .expect("href")
        .expect("an href");
    let id = link
        .trim_start_matches("/console/diagnostics?request=")
        .to_string();
    b.go(&format!("{base}{link}")).await;
    let rows = b
        .client
        .find_all(Locator::Css("table.audit tbody tr"))
        .await
        .expect("rows");
    assert!(!rows.is_empty(), "{}", b.body().await);
    let links = b
        .client
        .find_all(Locator::Css(
            "table.audit tbody a[href^='/console/diagnostics?request=']",
        ))
        .await
        .expect("links");
    assert_eq!(links.len(), rows.len(), "one request link per entry");
    for l in links {
        let href = l.attr("href").await.expect("href").expect("an href");
        assert!(href.ends_with(&id), "{href} is another request than {id}");
    }
    assert!(
        b.body().await.contains(&id[..8]),
        "the shortened id is shown"
    );

    b.go(&format!("{base}/console/collisions")).await;
    b.fill(
        "#logins",
        "Jane.Doe@other.example\nj@example.com\nJ@example.org\n-bad@example.com",
    )
    .await;
    b.submit("form[action='/console/collisions'] button").await;
    let body = b.body().await;
    assert!(body.contains("matches an existing user"), "{body}");
    assert!(body.contains("collision"), "{body}");
    b.shot("19-username-check-findings").await;

    // Groups reach devices: Okta pushes a group with Jane; the admin makes
    // a device group with the Linux device and binds the group to it with
    // admin rights; the device gets the unix group and the grant, and her
    // Details panel says why she is there.
    let admins_group = okta
        .create_group("Linux Admins", std::slice::from_ref(&jane))
        .await
        .expect("push group");
    b.go(&format!("{base}/console/groups")).await;
    b.fill("#name", "Laptops").await;
    b.submit("form[action='/console/device-groups'] button")
        .await;
    assert!(b.text("h1").await.contains("Laptops"), "{}", b.body().await);
    b.client
        .find(Locator::Css("#device_id"))
        .await
        .expect("select")
        .select_by_value(&lin)
        .await
        .expect("choose");
    b.submit("form[action$='/add'] button").await;
    assert!(
        b.text("#members").await.contains("lin-1"),
        "{}",
        b.body().await
    );
    b.shot("23-device-group").await;
    b.go(&format!("{base}/console/groups")).await;
    b.client
        .find(Locator::Css("#group_id"))
        .await
        .expect("select")
        .select_by_value(&admins_group)
        .await
        .expect("choose");
    b.click("input[name='admin']").await;
    b.submit("form[action='/console/group-bindings'] button")
        .await;
    let table = b.text("#unix-groups").await;
    assert!(
        table.contains("linux-admins") && table.contains("300000"),
        "{table}"
    );
    assert!(b.text("#group-bindings").await.contains("admin"));
    for _ in 0..2 {
        agents[0].poll(0).await.expect("poll");
    }
    let access = agents[0].device.access();
    assert_eq!(
        access.groups.get("linux-admins").map(|g| g.members.clone()),
        Some(vec!["jane.doe".to_string()])
    );
    assert_eq!(access.admins, ["jane.doe"]);
    b.go(&format!("{base}/console/groups")).await;
    let table = b.text("#unix-groups").await;
    assert!(table.contains("1 of 1"), "{table}");
    b.shot("24-groups").await;
    b.go(&format!("{base}/console/users/{jane}")).await;
    let why = b.text("#devices").await;
    assert!(
        why.contains("via group Linux Admins bound to device group Laptops, admin")
            && why.contains("bound directly"),
        "{why}"
    );
    b.shot("25-details-why").await;
    // A device group that is not there: a page that says so.
    b.go(&format!("{base}/console/device-groups/no-such-id"))
        .await;
    let body = b.body().await;
    assert!(body.to_lowercase().contains("not found"), "{body}");
    b.go(&format!("{base}/console")).await;

    // Sign-out ends the session: the console asks to sign in again.
    b.submit("form[action='/console/sign-out'] button").await;
    b.go(&format!("{base}/console/users")).await;
    assert!(b.path().await.starts_with("/console/sign-in"));
    b.client.clone().close().await.expect("close");
}

/// WebDriver's WebAuthn extension: a virtual CTAP2 authenticator.
#[derive(Debug)]
struct AddVirtualAuthenticator;

impl WebDriverCompatibleCommand for AddVirtualAuthenticator {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/webauthn/authenticator",
            session.unwrap_or("")
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({
            "protocol": "ctap2", "transport": "internal",
            "hasResidentKey": true, "hasUserVerification": true,
            "isUserConsenting": true, "isUserVerified": true,
        });
        (http::Method::POST, Some(body.to_string()))
    }
}

#[tokio::test]
async fn a_passkey_signs_in_with_chromiums_virtual_authenticator() {
    let Some(b) = browser().await else { return };
    let (s, _org) = server_with_admin();
    // WebAuthn needs a host name: the relying party of a loopback server is
    // `localhost`.
    let base = s.url.replace("127.0.0.1", "localhost");
    b.client
        .issue_cmd(AddVirtualAuthenticator)
        .await
        .expect("virtual authenticator");
    b.go(&format!("{base}/console/sign-in")).await;
    b.fill("#login", ADMIN).await;
    b.fill("#password", ADMIN_PW).await;
    b.submit("form button[type=submit]").await;
    assert_eq!(b.path().await, "/console/enrol");
    // Enrol a passkey instead of an app: the codes appear on the page.
    b.fill("#passkey-name", "Chromium virtual key").await;
    b.click("#passkey-register").await;
    b.client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("#recovery-codes:not([hidden])"))
        .await
        .unwrap_or_else(|e| panic!("passkey registration: {e}"));
    let codes = b.text("#recovery-codes pre").await;
    assert_eq!(codes.lines().count(), 10, "{codes}");
    b.shot("20-passkey-enrolled").await;
    b.submit("#recovery-codes a").await;
    assert_eq!(b.path().await, "/console");
    b.submit("form[action='/console/sign-out'] button").await;

    // Sign in again: password, then the passkey.
    b.fill("#login", ADMIN).await;
    b.fill("#password", ADMIN_PW).await;
    b.submit("form button[type=submit]").await;
    assert!(
        b.path().await.starts_with("/console/mfa"),
        "{}",
        b.path().await
    );
    b.shot("21-mfa-step").await;
    b.click("#passkey-sign-in").await;
    b.client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_url(&url::Url::parse(&format!("{base}/console")).expect("url"))
        .await
        .expect("signed in with the passkey");
    assert!(b.text("h1").await.contains("Overview"));
    b.go(&format!("{base}/console/account")).await;
    assert!(
        b.body().await.contains("Chromium virtual key"),
        "{}",
        b.body().await
    );
    b.client.clone().close().await.expect("close");
}

/// Without a browser: every refusal is an HTML page that says what was
/// wrong, with the security headers; read-only admins change nothing.
#[tokio::test]
async fn bad_input_gets_a_page_that_says_what_was_wrong() {
    let (s, org) = server_with_admin();
    let base = s.url.clone();
    let data = s._data.as_ref().expect("data").path().to_path_buf();
    cli_with(
        &data,
        &[
            "create-admin",
            "--org",
            &org,
            "--login",
            "reader@example.com",
            "--role",
            "read-only",
            "--password-stdin",
        ],
        "Read0nly-Passw0rd!\n",
        &[],
    );
    // No MFA for this test's admins (the browser tests cover it).
    let (_, mut settings) = s.admin(reqwest::Method::GET, "/settings", None).await;
    settings["require_admin_mfa"] = json!(false);
    let (st, v) = s
        .admin(reqwest::Method::PUT, "/settings", Some(settings))
        .await;
    assert_eq!(st, 200, "{v}");
    let (st, _, v) = s
        .req(
            reqwest::Method::POST,
            "/Users",
            Some(json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
            "userName": "jane@example.com", "active": true, "password": "Jd-First-Passw0rd"})),
        )
        .await;
    assert_eq!(st, 201, "{v}");
    let jane = v["id"].as_str().expect("id").to_string();

    let c = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    // Without a session: sent to sign in, and back afterwards.
    let r = c
        .get(format!("{base}/console/users?q=a"))
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), 303);
    assert_eq!(
        r.headers()["location"],
        "/console/sign-in?next=%2Fconsole%2Fusers%3Fq%3Da"
    );
    let csp = r.headers()["content-security-policy"]
        .to_str()
        .expect("csp")
        .to_string();
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert_eq!(r.headers()["x-frame-options"], "DENY");
    let css = c
        .get(format!("{base}/console/assets/console.css"))
        .send()
        .await
        .expect("css");
    assert!(css.headers()["content-type"]
        .to_str()
        .expect("ct")
        .starts_with("text/css"));

    let form = |body: &str| {
        c.post(format!("{base}/console/sign-in"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body.to_string())
    };
    let r = c
        .post(format!("{base}/console/sign-in"))
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 415);
    assert!(r
        .text()
        .await
        .expect("text")
        .contains("x-www-form-urlencoded"));
    let r = form("login=&password=").send().await.expect("post");
    assert_eq!(r.status(), 400);
    assert!(r
        .text()
        .await
        .expect("text")
        .contains("Enter your login and your password"));
    let r = form("login=nobody%40example.com&password=x")
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 401);
    assert!(r
        .text()
        .await
        .expect("text")
        .contains("The login or the password is wrong"));
    // A sign-in form posted from another site is refused before it is read.
    let r = form(&format!("login={ADMIN}&password={ADMIN_PW}"))
        .header("origin", "https://evil.example")
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 403);
    // `next` never leaves the console.
    let r = form(&format!(
        "login={ADMIN}&password={ADMIN_PW}&next=https%3A%2F%2Fevil.example%2F"
    ))
    .send()
    .await
    .expect("post");
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/console");
    let cookie = r.headers()["set-cookie"]
        .to_str()
        .expect("cookie")
        .split(';')
        .next()
        .expect("pair")
        .to_string();

    let page = c
        .get(format!("{base}/console/users/{jane}"))
        .header("cookie", &cookie)
        .send()
        .await
        .expect("get")
        .text()
        .await
        .expect("text");
    let csrf = page
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("a CSRF field")
        .to_string();
    let post = |path: String, body: String| {
        c.post(format!("{base}{path}"))
            .header("cookie", &cookie)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
    };
    for (path, body, status, words) in [
        (
            format!("/console/users/{jane}/bind"),
            format!("csrf={csrf}"),
            400,
            "A device is required",
        ),
        (
            format!("/console/users/{jane}/bind"),
            format!("csrf={csrf}&device_id=nope"),
            404,
            "not found",
        ),
        (
            "/console/users/nope/suspend".to_string(),
            format!("csrf={csrf}"),
            404,
            "not found",
        ),
        (
            "/console/enrolment-tokens".to_string(),
            format!("csrf={csrf}&hours=999"),
            400,
            "from 1 to 168",
        ),
        (
            "/console/collisions".to_string(),
            format!("csrf={csrf}&logins=%0A"),
            400,
            "at least one Okta login",
        ),
        (
            "/console/admins/x/explode".to_string(),
            format!("csrf={csrf}"),
            404,
            "Unknown action 'explode'",
        ),
        (
            format!("/console/users/{jane}/suspend"),
            "csrf=".to_string(),
            403,
            "security token",
        ),
    ] {
        let r = post(path.clone(), body).send().await.expect("post");
        assert_eq!(r.status(), status, "{path}");
        assert!(r.headers()["content-type"]
            .to_str()
            .expect("ct")
            .starts_with("text/html"));
        let text = r.text().await.expect("text");
        assert!(text.contains(words), "{path}: {text}");
    }
    let r = c
        .get(format!("{base}/console/users/nope"))
        .header("cookie", &cookie)
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), 404);
    // Diagnostics show what Okta sent, its password masked.
    let diag = c
        .get(format!(
            "{base}/console/diagnostics?action=scim.create_user"
        ))
        .header("cookie", &cookie)
        .send()
        .await
        .expect("get")
        .text()
        .await
        .expect("text");
    assert!(
        diag.contains("jane@example.com") && diag.contains("********"),
        "{diag}"
    );
    assert!(
        !diag.contains("Jd-First-Passw0rd"),
        "the password is never shown"
    );
    let r = c
        .get(format!("{base}/console/users?state=ASLEEP"))
        .header("cookie", &cookie)
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), 400);
    assert!(r
        .text()
        .await
        .expect("text")
        .contains("unknown state 'ASLEEP'"));

    // A read-only admin reads, and is refused every change.
    let r = form("login=reader%40example.com&password=Read0nly-Passw0rd!")
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 303);
    let reader = r.headers()["set-cookie"]
        .to_str()
        .expect("cookie")
        .split(';')
        .next()
        .expect("pair")
        .to_string();
    let page = c
        .get(format!("{base}/console/users/{jane}"))
        .header("cookie", &reader)
        .send()
        .await
        .expect("get")
        .text()
        .await
        .expect("text");
    assert!(
        page.contains("jane") && !page.contains("Suspend user"),
        "no buttons it cannot use"
    );
    let rcsrf = page
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("the sign-out form's CSRF field")
        .to_string();
    let r = c
        .post(format!("{base}/console/users/{jane}/suspend"))
        .header("cookie", &reader)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("csrf={rcsrf}"))
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 403);
    assert!(r
        .text()
        .await
        .expect("text")
        .contains("Read-only admins cannot change anything"));
    let r = c
        .post(format!("{base}/console/api-key"))
        .header("cookie", &reader)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("csrf={rcsrf}"))
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 403, "a read-only admin makes no API key");
    let (_, d) = s
        .admin(reqwest::Method::GET, &format!("/users/{jane}"), None)
        .await;
    assert_eq!(d["state"], "ACTIVATED", "nothing changed");
}
