// /docs (Swagger UI) and /redoc of a live API server in Debian's headless Chromium, driven by
// playwright-core. Run by tests/docs/test_docs_browser.py, which starts the server and passes
// TOLLGATE_ORIGIN, TOLLGATE_TOKEN (an admin token), TOLLGATE_ADMIN_EMAIL, TOLLGATE_ARTIFACTS (where
// the screenshots go), CHROMIUM (the browser binary) and TOLLGATE_PROFILE (an empty user-data-dir).
//
// Every request the pages make is checked: anything that is not loopback is aborted and fails the
// test (the assets must be served locally; the machine may have no internet).
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";

import { chromium } from "playwright-core";

function setting(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (run through tests/docs/test_docs_browser.py)`);
  return value;
}

const origin = setting("TOLLGATE_ORIGIN");
const token = setting("TOLLGATE_TOKEN");
const adminEmail = setting("TOLLGATE_ADMIN_EMAIL");
const artifacts = setting("TOLLGATE_ARTIFACTS");
const WAIT = { timeout: 60_000 }; // what the page needs to render, not a measurement

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);
const external = [];
let context;

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  context = await chromium.launchPersistentContext(setting("TOLLGATE_PROFILE"), {
    executablePath: setting("CHROMIUM"),
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (LOOPBACK.has(url.hostname)) return route.continue();
    external.push(url.href);
    return route.abort("blockedbyclient");
  });
});

after(async () => {
  await context?.close();
});

/** Runs `check` on a new page; on failure leaves `failed-<name>.png` next to the screenshots. */
async function onPage(name, check) {
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(String(error)));
  try {
    await check(page);
    assert.deepEqual(problems, [], "errors in the page");
  } catch (error) {
    await page.screenshot({ path: path.join(artifacts, `failed-${name}.png`) }).catch(() => {});
    throw error;
  } finally {
    await page.close();
  }
}

test("Swagger UI: authorize with a token and execute GET /users/me", () =>
  onPage("swagger-ui", async (page) => {
  await page.goto(`${origin}/docs`, { waitUntil: "load" });
  await page.locator(".swagger-ui .info .title", { hasText: "Tollgate API" }).waitFor(WAIT);

  // Authorize: the bearerAuth scheme takes the token.
  await page.locator(".auth-wrapper .btn.authorize").click();
  const dialog = page.locator(".modal-ux");
  await dialog.locator("input").first().fill(token);
  await dialog.locator(".auth-btn-wrapper .btn.authorize").click();
  await dialog.locator(".auth-btn-wrapper button", { hasText: "Logout" }).waitFor(WAIT); // authorized
  await dialog.locator(".auth-btn-wrapper button.btn-done").click();
  await dialog.waitFor({ state: "detached", ...WAIT });

  // Execute GET /users/me.
  const operation = page.locator("#operations-users-get_current_user");
  await operation.locator(".opblock-summary").click();
  await operation.locator(".try-out__btn").click();
  await operation.locator(".execute").click();
  const status = operation.locator(".live-responses-table .response .response-col_status").first();
  await status.waitFor(WAIT);
  assert.equal((await status.innerText()).trim(), "200");
  const body = await operation.locator(".live-responses-table .response-col_description pre").first().innerText();
  const me = JSON.parse(body);
  assert.equal(me.email, adminEmail);
  assert.equal(me.role, "admin");
  const curl = await operation.locator(".curl-command").innerText();
  assert.match(curl, /Authorization: Bearer /);
  assert.match(curl, /\/api\/v1\/users\/me/);

  await operation.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(artifacts, "swagger-ui.png") });
  await operation.screenshot({ path: path.join(artifacts, "swagger-ui-users-me.png") });
  }));

test("ReDoc renders the contract", () =>
  onPage("redoc", async (page) => {
  await page.goto(`${origin}/redoc`, { waitUntil: "load" });
  const title = page.locator(".api-info h1");
  await title.waitFor(WAIT);
  assert.match(await title.innerText(), /^Tollgate API \(\d+\.\d+\.\d+\)$/);
  // the operations are there: the menu lists the tags and the login operation is rendered
  await page.locator("[role=menuitem]", { hasText: "initiatives" }).first().waitFor(WAIT);
  await page.locator("h2", { hasText: "Log in" }).first().waitFor(WAIT);
  await page.screenshot({ path: path.join(artifacts, "redoc.png") });
  }));

test("no request left loopback", () => {
  assert.deepEqual(external, []);
});
