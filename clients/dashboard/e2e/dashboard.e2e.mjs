// Browser tests of the dashboard, run by `./build.sh --target=DashboardE2E` against a freshly started API.
// Drives Debian's chromium through playwright-core (no browser download). Writes screenshots and a TRX file.
// Environment: FLUXSTORE_URL, FLUXSTORE_ADMIN_EMAIL, FLUXSTORE_ADMIN_PASSWORD, FLUXSTORE_CHROMIUM (default
// /usr/bin/chromium), FLUXSTORE_SCREENSHOTS (folder), FLUXSTORE_TRX (TRX file to write).
import { existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { assert, createHarness } from "./harness.mjs";
import { storeSteps } from "./store-steps.mjs";
import { memberSteps, pageScreenshots } from "./page-steps.mjs";

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

const harness = createHarness({ baseUrl, shots, trxPath });
const { api, step, results } = harness;
const writeTrx = harness.writeTrx;

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
    harness.state.page = page;
    page.setDefaultTimeout(15000);
    const unique = Date.now().toString(36);
    const email = `owner-${unique}@example.com`;
    const password = "dashboard-password-123";
    let storeId;
    let shownKey;
    let serverKey;

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
        serverKey = second;
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

    const ctx = { page, browser, baseUrl, shots, api, step, storeId, serverKey, email, password, unique };
    await storeSteps(ctx);
    await memberSteps(ctx);
    await pageScreenshots(ctx);

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
