// Browser tests of the dashboard, run by `./build.sh --target=DashboardE2E` against a freshly started API.
// Drives Debian's chromium through playwright-core (no browser download). Writes screenshots and a TRX file.
// Environment: FLUXSTORE_URL, FLUXSTORE_ADMIN_EMAIL, FLUXSTORE_ADMIN_PASSWORD, FLUXSTORE_CHROMIUM (default
// /usr/bin/chromium), FLUXSTORE_SCREENSHOTS (folder), FLUXSTORE_TRX (TRX file to write).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { randomUUID } from "node:crypto";
import { chromium } from "playwright-core";

const baseUrl = required("FLUXSTORE_URL");
const adminEmail = required("FLUXSTORE_ADMIN_EMAIL");
const adminPassword = required("FLUXSTORE_ADMIN_PASSWORD");
const executablePath = process.env.FLUXSTORE_CHROMIUM || "/usr/bin/chromium";
const shots = resolve(process.env.FLUXSTORE_SCREENSHOTS || "../../artifacts/dashboard");
const trxPath = resolve(process.env.FLUXSTORE_TRX || "../../artifacts/test-results/DashboardE2E.trx");

function required(name) {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set`);
    return value;
}

function assert(condition, what) {
    if (!condition) throw new Error(what);
}

// Calls made by the test itself (not the page): the operator endpoint and the Store API with the shown key.
async function api(method, path, { token, apiKey, body } = {}) {
    const headers = { Accept: "application/json" };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (apiKey) headers["X-Api-Key"] = apiKey;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(baseUrl + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : null };
}

const results = [];
let failedAlready = false;

async function step(name, body) {
    const started = new Date();
    if (failedAlready) {
        results.push({ name, outcome: "NotExecuted", started, finished: new Date(), message: "Not run: an earlier step failed." });
        console.log(`  --  ${name} (not run)`);
        return;
    }
    try {
        await body();
        results.push({ name, outcome: "Passed", started, finished: new Date() });
        console.log(`  ok  ${name}`);
    } catch (error) {
        failedAlready = true;
        const message = error instanceof Error ? error.message : String(error);
        results.push({ name, outcome: "Failed", started, finished: new Date(), message });
        console.error(`  FAILED  ${name}: ${message}`);
        await page?.screenshot({ path: `${shots}/failure.png`, fullPage: true }).catch(() => {});
    }
}

function xml(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function writeTrx(started) {
    const listId = "8c84fa94-04c1-424b-9868-57a2d4851a1d";
    const rows = results.map((r) => ({ ...r, testId: randomUUID(), executionId: randomUUID() }));
    const count = (o) => rows.filter((r) => r.outcome === o).length;
    const duration = (r) => new Date(r.finished - r.started).toISOString().substring(11, 23) + "0000";
    const out = `<?xml version="1.0" encoding="utf-8"?>
<TestRun id="${randomUUID()}" name="DashboardE2E" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
  <Times creation="${started.toISOString()}" start="${started.toISOString()}" finish="${new Date().toISOString()}" />
  <Results>
${rows.map((r) => `    <UnitTestResult executionId="${r.executionId}" testId="${r.testId}" testName="${xml(r.name)}" computerName="localhost" duration="${duration(r)}" startTime="${r.started.toISOString()}" endTime="${r.finished.toISOString()}" testType="13cdc9d9-ddb5-4fa4-a97d-d965ccfc6d4b" outcome="${r.outcome}" testListId="${listId}">${r.message ? `<Output><ErrorInfo><Message>${xml(r.message)}</Message></ErrorInfo></Output>` : ""}</UnitTestResult>`).join("\n")}
  </Results>
  <TestDefinitions>
${rows.map((r) => `    <UnitTest name="${xml(r.name)}" storage="dashboard.e2e.mjs" id="${r.testId}"><Execution id="${r.executionId}" /><TestMethod codeBase="clients/dashboard/e2e/dashboard.e2e.mjs" className="DashboardE2E" name="${xml(r.name)}" /></UnitTest>`).join("\n")}
  </TestDefinitions>
  <TestLists><TestList name="Results Not in a List" id="${listId}" /></TestLists>
  <ResultSummary outcome="${count("Failed") > 0 ? "Failed" : "Completed"}">
    <Counters total="${rows.length}" executed="${rows.length - count("NotExecuted")}" passed="${count("Passed")}" failed="${count("Failed")}" error="0" timeout="0" aborted="0" inconclusive="0" passedButRunAborted="0" notRunnable="0" notExecuted="${count("NotExecuted")}" disconnected="0" warning="0" completed="0" inProgress="0" pending="0" />
  </ResultSummary>
</TestRun>
`;
    mkdirSync(dirname(trxPath), { recursive: true });
    writeFileSync(trxPath, out);
}

let page;
const started = new Date();
mkdirSync(shots, { recursive: true });
if (!existsSync(executablePath)) {
    console.error(`Chromium not found at ${executablePath}: install Debian's package (apt-get install -y chromium) or set FLUXSTORE_CHROMIUM.`);
    results.push({ name: "Chromium is installed", outcome: "Failed", started, finished: new Date(), message: `No browser at ${executablePath}` });
    writeTrx(started);
    process.exit(1);
}

let browser;
try {
    browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox", "--disable-dev-shm-usage"] });
} catch (error) {
    results.push({ name: "Chromium starts", outcome: "Failed", started, finished: new Date(), message: String(error) });
    writeTrx(started);
    console.error(`Chromium did not start: ${error}`);
    process.exit(1);
}

try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, baseURL: baseUrl });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    page = await context.newPage();
    page.setDefaultTimeout(15000);
    const unique = Date.now().toString(36);
    const email = `owner-${unique}@example.com`;
    const password = "dashboard-password-123";
    let storeId;
    let shownKey;

    await step("the API serves the dashboard at /dashboard", async () => {
        await page.goto("/dashboard/");
        await page.getByRole("heading", { name: "Sign in" }).waitFor();
        await page.screenshot({ path: `${shots}/01-sign-in.png` });
    });

    await step("a 400 from a bad sign-up form is shown in words", async () => {
        await page.getByRole("tab", { name: "Sign up" }).click();
        await page.getByLabel("Email").fill("not-an-email");
        await page.getByLabel("Password").fill("x");
        await page.getByRole("button", { name: "Sign up" }).click();
        const alert = page.getByRole("alert");
        await alert.waitFor();
        const text = await alert.innerText();
        assert(text.includes("The API could not accept this"), `alert text: ${text}`);
        assert(await alert.locator("li").count() >= 1, "the alert lists the problems");
        assert(!/[{}]|"success"/.test(text), `the alert shows raw JSON: ${text}`);
        await page.screenshot({ path: `${shots}/02-sign-up-error.png` });
    });

    await step("sign up and land on the store list", async () => {
        await page.getByLabel("Email").fill(email);
        await page.getByLabel("Password").fill(password);
        await page.getByLabel("Display name (optional)").fill("E2E Owner");
        await page.getByRole("button", { name: "Sign up" }).click();
        await page.getByRole("heading", { name: "Your stores" }).waitFor();
    });

    await step("create a store", async () => {
        await page.getByLabel("Store name").fill(`E2E store ${unique}`);
        await page.getByLabel("Currency (ISO code)").fill("EUR");
        await page.getByRole("button", { name: "Create store" }).click();
        const row = page.getByRole("row").filter({ hasText: `E2E store ${unique}` });
        await row.waitFor();
        const href = await row.getByRole("link", { name: "API Keys" }).getAttribute("href");
        storeId = /#\/stores\/([^/]+)\/api-keys/.exec(href ?? "")?.[1];
        assert(storeId, `store id from ${href}`);
    });

    await step("the operator makes the store Pro (from the test)", async () => {
        const login = await api("POST", "/api/auth/login", { body: { email: adminEmail, password: adminPassword } });
        assert(login.status === 200, `operator login: ${login.status}`);
        const plan = await api("PUT", `/api/admin/stores/${storeId}/plan`, { token: login.json.data.accessToken, body: { plan: "Pro" } });
        assert(plan.status === 200 && plan.json.data.isPro, `set plan: ${plan.status} ${JSON.stringify(plan.json)}`);
        await page.reload();
        await page.getByRole("row").filter({ hasText: `E2E store ${unique}` }).getByText("Pro", { exact: true }).waitFor();
        await page.screenshot({ path: `${shots}/03-stores.png` });
    });

    await step("the permission picker offers exactly the spec's areas and actions", async () => {
        await page.getByRole("row").filter({ hasText: `E2E store ${unique}` }).getByRole("link", { name: "API Keys" }).click();
        await page.getByRole("heading", { name: "API Keys" }).waitFor();
        await page.getByRole("button", { name: "Create API Key" }).click();
        const dialog = page.getByRole("dialog", { name: "Create API Key" });
        await dialog.waitFor();
        const offered = await dialog.getByRole("checkbox").evaluateAll((boxes) => boxes.map((b) => b.getAttribute("aria-label")));
        const expected = ["Packages", "Categories", "Coupons", "Sales", "GiftCards", "Bans"].flatMap((a) => ["View", "Edit", "Delete"].map((x) => `${a} ${x}`))
            .concat(["Orders View", "Orders Edit", "Customers View", "Subscriptions View"]);
        assert(offered.length === expected.length && expected.every((e) => offered.includes(e)), `offered: ${offered.join(", ")}`);
    });

    await step("create a key with two permissions and read it from the shown-once dialog", async () => {
        const dialog = page.getByRole("dialog", { name: "Create API Key" });
        await dialog.getByLabel("Name").fill("e2e storefront");
        await dialog.getByRole("checkbox", { name: "Packages View" }).check();
        await dialog.getByRole("checkbox", { name: "Packages Edit" }).check();
        await page.screenshot({ path: `${shots}/04-create-api-key.png` });
        await dialog.getByRole("button", { name: "Create key" }).click();
        const shown = page.getByRole("dialog", { name: "Key shown once" });
        await shown.waitFor();
        shownKey = (await shown.getByTestId("secret").innerText()).trim();
        assert(new RegExp(`^flx_${storeId}_`).test(shownKey) || shownKey.startsWith("flx_"), `key format: ${shownKey.slice(0, 8)}…`);
        assert((await shown.innerText()).includes("only once"), "the dialog warns that the key is shown once");
        await shown.getByRole("button", { name: "Copy" }).click();
        await shown.getByText("Copied to the clipboard.").waitFor();
        const clipboard = await page.evaluate(() => navigator.clipboard.readText());
        assert(clipboard === shownKey, "the copy button puts the key on the clipboard");
        await page.screenshot({ path: `${shots}/05-key-shown-once.png` });
        await shown.getByRole("button", { name: "I have stored it safely" }).click();
        const row = page.locator("tr[data-key-name='e2e storefront']");
        await row.getByText("Active").waitFor();
        const rowText = await row.innerText();
        assert(rowText.includes("Packages: View, Edit") && !rowText.includes(shownKey), `row: ${rowText}`);
    });

    await step("the shown key works against /api/v1/packages", async () => {
        const created = await api("POST", "/api/v1/packages", { apiKey: shownKey, body: { name: "VIP rank", price: 9.99 } });
        assert(created.status === 201 || created.status === 200, `create package: ${created.status} ${JSON.stringify(created.json)}`);
        const list = await api("GET", "/api/v1/packages", { apiKey: shownKey });
        assert(list.status === 200 && list.json.success && list.json.data.length === 1, `list packages: ${list.status}`);
    });

    await step("the API Keys page at desktop width and at 375 px", async () => {
        await page.reload();
        await page.locator("tr[data-key-name='e2e storefront']").getByText("Active").waitFor();
        const lastUsed = await page.locator("tr[data-key-name='e2e storefront'] td[data-label='Last used']").innerText();
        assert(lastUsed !== "Never", "last used is shown after the key was used");
        await page.screenshot({ path: `${shots}/06-api-keys-desktop.png`, fullPage: true });
        await page.setViewportSize({ width: 375, height: 812 });
        await page.getByRole("button", { name: "Create API Key" }).waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert(overflow <= 0, `the page scrolls sideways by ${overflow}px at 375 px`);
        assert(await page.getByRole("button", { name: "Revoke" }).isVisible(), "Revoke is reachable at 375 px");
        await page.screenshot({ path: `${shots}/07-api-keys-375.png`, fullPage: true });
        await page.setViewportSize({ width: 1280, height: 860 });
    });

    await step("revoke the key after confirming, and see its status change", async () => {
        const row = page.locator("tr[data-key-name='e2e storefront']");
        await row.getByRole("button", { name: "Revoke" }).click();
        const confirm = page.getByRole("dialog", { name: "Revoke this API key?" });
        await confirm.getByRole("button", { name: "Revoke key" }).click();
        await row.getByText("Revoked").waitFor();
        const after = await api("GET", "/api/v1/packages", { apiKey: shownKey });
        assert(after.status === 401, `a revoked key answers ${after.status}`);
        await page.screenshot({ path: `${shots}/08-api-key-revoked.png`, fullPage: true });
    });

    await step("game servers: add (key shown once), regenerate, remove", async () => {
        await page.goto(`/dashboard/#/stores/${storeId}/servers`);
        await page.getByRole("heading", { name: "Game servers" }).waitFor();
        await page.getByLabel("Server name").fill("survival-1");
        await page.getByRole("button", { name: "Add server" }).click();
        const shown = page.getByRole("dialog", { name: "Key shown once" });
        const first = (await shown.getByTestId("secret").innerText()).trim();
        await shown.getByRole("button", { name: "I have stored it safely" }).click();
        await page.getByRole("row").filter({ hasText: "survival-1" }).getByRole("button", { name: "Regenerate key" }).click();
        await page.getByRole("dialog", { name: "Regenerate the server key?" }).getByRole("button", { name: "Regenerate key" }).click();
        const second = (await page.getByRole("dialog", { name: "Key shown once" }).getByTestId("secret").innerText()).trim();
        assert(first && second && first !== second, "regenerating shows a new server key");
        await page.getByRole("dialog", { name: "Key shown once" }).getByRole("button", { name: "I have stored it safely" }).click();
        await page.getByLabel("Server name").fill("creative-1");
        await page.getByRole("button", { name: "Add server" }).click();
        await page.getByRole("dialog", { name: "Key shown once" }).getByRole("button", { name: "I have stored it safely" }).click();
        await page.screenshot({ path: `${shots}/09-game-servers.png`, fullPage: true });
        await page.getByRole("row").filter({ hasText: "creative-1" }).getByRole("button", { name: "Remove" }).click();
        await page.getByRole("dialog", { name: "Remove this game server?" }).getByRole("button", { name: "Remove server" }).click();
        await page.getByRole("row").filter({ hasText: "creative-1" }).waitFor({ state: "detached" });
    });

    await step("subscriptions: list with status filter, cancel at period end and cancel now after confirming", async () => {
        const login = await api("POST", "/api/auth/login", { body: { email, password } });
        assert(login.status === 200, `owner login: ${login.status}`);
        const token = login.json.data.accessToken;
        const key = await api("POST", `/api/stores/${storeId}/api-keys`, {
            token, body: { name: "e2e subscriptions", permissions: { Packages: ["Edit"], Orders: ["Edit"] } },
        });
        assert(key.status === 200, `create key: ${key.status}`);
        const apiKey = key.json.data.key;
        const pkg = await api("POST", "/api/v1/packages", {
            apiKey, body: {
                name: "Monthly VIP", price: 4.99, isSubscription: true, subscriptionInterval: { value: 1, unit: "month" },
                commands: [{ stage: "expiry", content: "lp user {username} parent remove vip", onlineOnly: false }],
            },
        });
        assert(pkg.status === 200 || pkg.status === 201, `create package: ${pkg.status} ${JSON.stringify(pkg.json)}`);
        for (const player of ["Steve", "Alex"]) {
            const order = await api("POST", "/api/v1/orders", { apiKey, body: { playerUsername: player, items: [{ packageId: pkg.json.data.id, quantity: 1 }] } });
            assert(order.status === 200 || order.status === 201, `order for ${player}: ${order.status}`);
        }

        await page.goto(`/dashboard/#/stores/${storeId}/subscriptions`);
        await page.getByRole("heading", { name: "Subscriptions" }).waitFor();
        const table = page.getByRole("table", { name: "Subscriptions" });
        await table.locator("tr[data-subscription-player='Steve']").getByText("Active").waitFor();
        assert(await table.locator("tbody tr").count() === 2, "both subscriptions are listed");

        const alex = table.locator("tr[data-subscription-player='Alex']");
        await alex.getByRole("button", { name: "Cancel at period end" }).click();
        const later = page.getByRole("dialog", { name: "Cancel at the end of the period?" });
        await later.getByRole("button", { name: "Cancel at period end" }).click();
        await alex.getByText("Ends at period end").waitFor();
        assert(await alex.getByText("Active").isVisible(), "a subscription cancelled at period end stays active");

        const steve = table.locator("tr[data-subscription-player='Steve']");
        await steve.getByRole("button", { name: "Cancel now" }).click();
        const now = page.getByRole("dialog", { name: "Cancel this subscription now?" });
        await now.getByRole("button", { name: "Cancel", exact: true }).click();
        await now.waitFor({ state: "detached" });
        assert(await steve.getByText("Active").isVisible(), "closing the confirmation changes nothing");
        await steve.getByRole("button", { name: "Cancel now" }).click();
        await page.getByRole("dialog", { name: "Cancel this subscription now?" }).getByRole("button", { name: "Cancel now" }).click();
        await steve.getByText("Cancelled").waitFor();
        await page.screenshot({ path: `${shots}/10-subscriptions.png`, fullPage: true });

        await page.getByLabel("Status").selectOption("cancelled");
        await table.locator("tr[data-subscription-player='Alex']").waitFor({ state: "detached" });
        assert(await table.locator("tbody tr").count() === 1, "the cancelled filter shows Steve only");
        await page.getByLabel("Status").selectOption("expired");
        await page.getByText("No subscriptions with status expired.").waitFor();
    });

    await step("catalogue: a bad pasted key is explained, a View-only key shows packages and orders", async () => {
        await page.goto("/dashboard/#/catalogue");
        await page.getByRole("heading", { name: "Catalogue & orders" }).waitFor();
        await page.getByLabel("API key").fill("flx_not_a_real_key");
        await page.getByRole("button", { name: "Show catalogue" }).click();
        const alert = page.getByRole("alert").first();
        await alert.waitFor();
        assert(!/[{}]/.test(await alert.innerText()), "the 401 is shown in words");
        await page.getByRole("combobox").selectOption({ label: `E2E store ${unique}` });
        await page.getByRole("button", { name: "Create a View-only key and use it" }).click();
        await page.getByRole("table", { name: "Packages" }).getByText("VIP rank").waitFor();
        await page.getByRole("heading", { name: /^Orders/ }).waitFor();
        await page.screenshot({ path: `${shots}/11-catalogue.png`, fullPage: true });
    });

    await step("sign out returns to the sign-in page", async () => {
        await page.getByRole("button", { name: "Sign out" }).click();
        await page.getByRole("heading", { name: "Sign in" }).waitFor();
        assert(await page.evaluate(() => sessionStorage.length) === 0, "the token is removed from session storage");
    });
} finally {
    await browser.close();
    writeTrx(started);
}

const failed = results.filter((r) => r.outcome !== "Passed").length;
console.log(`Dashboard browser tests: ${results.length - failed} passed, ${failed} failed or not run. Screenshots: ${shots}`);
process.exit(failed > 0 ? 1 : 0);
