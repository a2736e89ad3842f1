// The example in README.md ("TypeScript client"), type-checked by the build (tsc --noEmit) so it stays valid.
import {
    ApiException, ApiKeysClient, AuthClient, ClientConfiguration, PackagesClient, StoresClient, errorResponse,
} from "../src/fluxstore-client.js";

export async function example(): Promise<void> {
    // One configuration shared by the clients; change its fields at any time.
    const config = new ClientConfiguration({ baseUrl: "https://api.fluxstore.example" });

    // Dashboard: log in, then every call sends Authorization: Bearer <token>.
    const login = await new AuthClient(config).login({ email: "owner@example.com", password: "correct-horse-battery" });
    config.accessToken = login.data!.accessToken;

    const stores = new StoresClient(config);
    const store = (await stores.create({ name: "My server store", currency: "EUR" })).data!;
    const key = (await new ApiKeysClient(config).create(store.id, {
        name: "storefront",
        permissions: { Packages: ["View", "Edit"] },
    })).data!.key; // shown once: store it safely

    // Store API: a configuration with the key sends X-Api-Key.
    const packages = new PackagesClient(new ClientConfiguration({ baseUrl: config.baseUrl, apiKey: key }));
    try {
        const vip = (await packages.create({ name: "VIP", price: 9.99 })).data!;
        await packages.update(vip.id, { description: null }); // clear one field, keep the rest
        const all = (await packages.list()).data!;
        console.log(all.map((p) => `${p.name}: ${p.price}`));
    } catch (e) {
        if (e instanceof ApiException) {
            // e.status: 400, 401, 403, 404 or 429; errorResponse(e): {success:false, message, errors}
            console.error(e.status, errorResponse(e)?.message, errorResponse(e)?.errors, e.headers["retry-after"]);
        }
    }
}
