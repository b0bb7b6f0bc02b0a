// The console's only script (served from this binary; the pages' CSP
// allows no inline script). Pages work without it except for the copy
// buttons and passkeys, which need the browser's WebAuthn API.
"use strict";

function b64uToBytes(s) {
  const b = atob(s.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((s.length + 3) % 4));
  return Uint8Array.from(b, (c) => c.charCodeAt(0));
}

function bytesToB64u(buf) {
  const bytes = new Uint8Array(buf);
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

async function postJson(url, csrf, body) {
  const r = await fetch(url, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
    body: JSON.stringify(body === undefined ? {} : body),
  });
  const text = await r.text();
  let json = {};
  try { json = text ? JSON.parse(text) : {}; } catch (_) { json = { detail: text }; }
  if (!r.ok) throw new Error(json.detail || ("the server answered " + r.status));
  return json;
}

function showError(err) {
  const p = document.getElementById("passkey-error");
  if (p) {
    p.textContent = "Passkey: " + (err && err.message ? err.message : String(err));
    p.hidden = false;
  }
}

async function passkeySignIn(button) {
  const csrf = button.dataset.csrf;
  const options = await postJson("/api/v1/sign-in/passkey/start", csrf);
  const pk = options.publicKey;
  pk.challenge = b64uToBytes(pk.challenge);
  for (const c of pk.allowCredentials || []) c.id = b64uToBytes(c.id);
  const cred = await navigator.credentials.get({ publicKey: pk });
  const r = cred.response;
  await postJson("/api/v1/sign-in/passkey/finish", csrf, {
    id: cred.id,
    rawId: bytesToB64u(cred.rawId),
    type: cred.type,
    extensions: cred.getClientExtensionResults(),
    response: {
      authenticatorData: bytesToB64u(r.authenticatorData),
      clientDataJSON: bytesToB64u(r.clientDataJSON),
      signature: bytesToB64u(r.signature),
      userHandle: r.userHandle ? bytesToB64u(r.userHandle) : null,
    },
  });
  window.location.assign(button.dataset.next || "/console");
}

async function passkeyRegister(button) {
  const csrf = button.dataset.csrf;
  const nameInput = document.getElementById("passkey-name");
  const name = (nameInput && nameInput.value.trim()) || "Passkey";
  const options = await postJson("/api/v1/me/mfa/passkeys/start", csrf, { name: name });
  const pk = options.publicKey;
  pk.challenge = b64uToBytes(pk.challenge);
  pk.user.id = b64uToBytes(pk.user.id);
  for (const c of pk.excludeCredentials || []) c.id = b64uToBytes(c.id);
  const cred = await navigator.credentials.create({ publicKey: pk });
  const r = cred.response;
  const done = await postJson("/api/v1/me/mfa/passkeys/finish", csrf, {
    id: cred.id,
    rawId: bytesToB64u(cred.rawId),
    type: cred.type,
    extensions: cred.getClientExtensionResults(),
    response: {
      attestationObject: bytesToB64u(r.attestationObject),
      clientDataJSON: bytesToB64u(r.clientDataJSON),
      transports: r.getTransports ? r.getTransports() : undefined,
    },
  });
  const box = document.getElementById("recovery-codes");
  if (done.recovery_codes && box) {
    box.querySelector("pre").textContent = done.recovery_codes.join("\n");
    box.hidden = false;
  } else {
    window.location.assign("/console/account");
  }
}

document.addEventListener("DOMContentLoaded", () => {
  for (const b of document.querySelectorAll("button.copy[data-copy]")) {
    b.addEventListener("click", async () => {
      const el = document.getElementById(b.dataset.copy);
      if (!el) return;
      try {
        await navigator.clipboard.writeText(el.textContent);
        b.textContent = "Copied";
      } catch (_) {
        window.getSelection().selectAllChildren(el);
        b.textContent = "Press Ctrl+C";
      }
    });
  }
  const signIn = document.getElementById("passkey-sign-in");
  if (signIn) signIn.addEventListener("click", () => passkeySignIn(signIn).catch(showError));
  const register = document.getElementById("passkey-register");
  if (register) register.addEventListener("click", () => passkeyRegister(register).catch(showError));
});
