// Smoke test of the generated client against a live API (started by `./build.sh --target=ClientSmoke`).
// Uses ONLY the generated client. Environment: FLUXSTORE_URL, FLUXSTORE_ADMIN_EMAIL, FLUXSTORE_ADMIN_PASSWORD,
// FLUXSTORE_RATE_LIMIT (the server's per-key permit limit). Exits non-zero on the first mismatch.
import {
    AdminStoresClient,
    ApiException,
    ApiKeysClient,
    AuthClient,
    ClientConfiguration,
    PackagesClient,
    StoresClient,
    errorResponse,
} from "../src/fluxstore-client.js";

const baseUrl = required("FLUXSTORE_URL");
const adminEmail = required("FLUXSTORE_ADMIN_EMAIL");
const adminPassword = required("FLUXSTORE_ADMIN_PASSWORD");
const rateLimit = Number(process.env.FLUXSTORE_RATE_LIMIT ?? "5");

// Node has no `window`: hand the clients the global fetch (browsers can omit this argument).
const http = { fetch: (url: RequestInfo, init?: RequestInit) => fetch(url, init) };

let checks = 0;

function required(name: string): string {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set`);
    return value;
}

function check(condition: unknown, what: string): asserts condition {
    if (!condition) throw new Error(`FAILED: ${what}`);
    checks++;
    console.log(`  ok  ${what}`);
}

async function expectApiError(call: () => Promise<unknown>, status: number, what: string): Promise<ApiException> {
    try {
        await call();
    } catch (error) {
        check(error instanceof ApiException, `${what}: throws ApiException`);
        check(error.status === status, `${what}: status ${status} (got ${error.status})`);
        const wrapper = errorResponse(error);
        check(wrapper !== undefined && wrapper.success === false, `${what}: parsed error wrapper with success=false`);
        check(typeof wrapper.message === "string" && wrapper.message.length > 0, `${what}: wrapper message "${wrapper.message}"`);
        return error;
    }
    throw new Error(`FAILED: ${what}: expected HTTP ${status}, the call succeeded`);
}

async function main(): Promise<void> {
    const unique = Date.now().toString(36);
    const email = `smoke-${unique}@example.com`;
    const password = "smoke-password-123";

    console.log(`Client smoke test against ${baseUrl}`);

    // Dashboard user: register, log in.
    const dashboard = new ClientConfiguration({ baseUrl });
    const auth = new AuthClient(dashboard, undefined, http);
    const registered = await auth.register({ email, password, displayName: "Smoke Test" });
    check(registered.success && registered.data?.id, "register returns the new user");
    check(registered.data.email.endsWith("@example.com"), "register returns the user's email");

    await expectApiError(() => auth.login({ email, password: "wrong-password-123" }), 401, "login with a wrong password");

    const login = await auth.login({ email, password });
    check(login.data?.accessToken && login.data.tokenType === "Bearer", "login returns a bearer token");
    dashboard.accessToken = login.data.accessToken;

    // A store, made Pro by the platform admin.
    const stores = new StoresClient(dashboard, undefined, http);
    const created = await stores.create({ name: `Smoke store ${unique}`, currency: "EUR" });
    const storeId = created.data?.id;
    check(storeId && created.data?.currency === "EUR", "create store");
    check(created.data.isPro === false, "a new store is not Pro");

    await expectApiError(
        () => new AdminStoresClient(dashboard, undefined, http).setPlan(storeId, { plan: "Pro" }),
        403,
        "operator endpoint with a non-admin token");

    const operator = new ClientConfiguration({ baseUrl });
    const adminLogin = await new AuthClient(operator, undefined, http).login({ email: adminEmail, password: adminPassword });
    check(adminLogin.data?.accessToken, "bootstrap admin logs in");
    operator.accessToken = adminLogin.data.accessToken;
    const pro = await new AdminStoresClient(operator, undefined, http).setPlan(storeId, { plan: "Pro", expiresAt: null });
    check(pro.data?.plan === "Pro" && pro.data.isPro, "operator makes the store Pro");

    const listed = await stores.list();
    check(listed.data?.some((s) => s.id === storeId && s.isPro), "store list shows the Pro store");

    // An API key that may view and edit packages, but not delete them.
    const apiKeys = new ApiKeysClient(dashboard, undefined, http);
    const keyCreated = await apiKeys.create(storeId, { name: "smoke", permissions: { Packages: ["View", "Edit"] } });
    const key = keyCreated.data?.key;
    check(key && key.startsWith("flx_"), "create API key returns the key once");
    const keys = await apiKeys.list(storeId);
    check(keys.data?.length === 1 && !JSON.stringify(keys.data).includes(key), "key list never shows the secret");

    // Store API with the key.
    const storeApi = new ClientConfiguration({ baseUrl, apiKey: key });
    const packages = new PackagesClient(storeApi, undefined, http);
    const pkg = await packages.create({ name: "VIP rank", price: 9.99, description: "Smoke test package" });
    check(pkg.data?.id && pkg.data.price === 9.99, "create package with the API key");
    const updated = await packages.update(pkg.data.id, { description: null, sortOrder: 3 });
    check(updated.data?.description === null && updated.data.sortOrder === 3 && updated.data.name === "VIP rank",
        "PATCH clears a field sent as null and keeps absent ones");
    const all = await packages.list();
    check(all.data?.length === 1 && all.data[0].id === pkg.data.id, "list packages returns the package");

    // 403: the key lacks Packages:Delete.
    await expectApiError(() => packages.delete(pkg.data!.id), 403, "delete without Packages:Delete");

    // 429: exceed the per-key limit. Requests so far with this key: create, update, list, delete = 4.
    let used = 4;
    let limited: ApiException | undefined;
    while (used <= rateLimit + 1 && !limited) {
        used++;
        if (used <= rateLimit) {
            const ok = await packages.list();
            check(ok.success, `request ${used} of ${rateLimit} is allowed`);
        } else {
            limited = await expectApiError(() => packages.list(), 429, `request ${used} over the limit of ${rateLimit}`);
        }
    }
    check(limited !== undefined, "the rate limit was reached");
    check(Number(limited.headers["retry-after"]) > 0, `429 carries Retry-After (${limited.headers["retry-after"]})`);
    check(limited.headers["x-ratelimit-remaining"] === "0", "429 carries X-RateLimit-Remaining: 0");

    console.log(`Client smoke test passed: ${checks} checks.`);
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    if (error instanceof ApiException) {
        console.error(`HTTP ${error.status}: ${error.response}`);
    }
    process.exit(1);
});
