import { useState, type FormEvent } from "react";
import { ApiKeysClient, CategoriesClient, OrdersClient, PackagesClient, type CategoryDto, type OrderDto, type PackageDto, type StoreDto } from "@fluxstore/client";
import { formatDate, keyConfiguration, session } from "../api.ts";
import { ErrorNotice } from "../ui.tsx";

interface Loaded {
    packages?: PackageDto[];
    categories?: CategoryDto[];
    orders?: OrderDto[];
    errors: { area: string; error: unknown }[];
}

const viewPermissions = { Packages: ["View"], Categories: ["View"], Orders: ["View"] };

/** Read-only: the Store API through a key the owner pastes (or one this page creates with View permissions only). */
export function CataloguePage({ stores, signedIn }: { stores: StoreDto[]; signedIn: boolean }) {
    const [key, setKey] = useState("");
    const [storeId, setStoreId] = useState("");
    const [data, setData] = useState<Loaded>();
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState<unknown>();
    const [note, setNote] = useState<string>();

    async function load(apiKey: string) {
        setBusy(true);
        setError(undefined);
        const config = keyConfiguration(apiKey);
        const errors: Loaded["errors"] = [];
        const attempt = async <T,>(area: string, call: () => Promise<T>) => {
            try { return await call(); } catch (e) { errors.push({ area, error: e }); return undefined; }
        };
        // One after the other: each call counts against the key's rate limit.
        const packages = await attempt("Packages", async () => (await new PackagesClient(config).list()).data ?? []);
        const categories = await attempt("Categories", async () => (await new CategoriesClient(config).list()).data ?? []);
        const orders = await attempt("Orders", async () => (await new OrdersClient(config).list(undefined, undefined, undefined, undefined, undefined, undefined, undefined, 0, 50)).data?.items ?? []);
        setData({ packages, categories, orders, errors });
        setBusy(false);
    }

    async function createViewKey() {
        setBusy(true);
        setError(undefined);
        try {
            const created = await new ApiKeysClient(session).create(storeId, { name: `Dashboard read-only view ${new Date().toISOString().slice(0, 16)}`, permissions: viewPermissions });
            const apiKey = created.data!.key;
            setKey(apiKey);
            setNote(`Created the key "${created.data!.name}" (${created.data!.keyHint}) with View permission on Packages, Categories and Orders. It is listed under Configuration › API Keys; revoke it there when you are done.`);
            await load(apiKey);
        } catch (e) {
            setError(e);
            setBusy(false);
        }
    }

    return (
        <>
            <h1>Catalogue &amp; orders</h1>
            <p className="hint">A read-only view of the Store API. The key stays in this page's memory only and is forgotten on reload.</p>
            <section className="card">
                <form className="inline" noValidate onSubmit={(e: FormEvent) => { e.preventDefault(); setNote(undefined); void load(key.trim()); }}>
                    <label className="grow">API key<input type="password" autoComplete="off" value={key} onChange={(e) => setKey(e.target.value)} placeholder="flx_…" /></label>
                    <button type="submit" className="primary" disabled={busy || key.trim().length === 0}>Show catalogue</button>
                </form>
                {signedIn && stores.length > 0 && (
                    <div className="inline">
                        <label>Or create a view-only key for
                            <select value={storeId} onChange={(e) => setStoreId(e.target.value)}>
                                <option value="">choose a store…</option>
                                {stores.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
                            </select>
                        </label>
                        <button type="button" disabled={busy || !storeId} onClick={() => void createViewKey()}>Create a View-only key and use it</button>
                    </div>
                )}
                {signedIn && <p className="hint">That button creates a new API key in the chosen store with only <strong>View</strong> permission on Packages, Categories and Orders.</p>}
                {note && <p className="notice info">{note}</p>}
                <ErrorNotice error={error} />
            </section>
            {data && (
                <>
                    {data.errors.map(({ area, error: e }) => <div key={area}><h3>{area}</h3><ErrorNotice error={e} /></div>)}
                    {data.packages && (
                        <section>
                            <h2>Packages ({data.packages.length})</h2>
                            <table className="responsive" aria-label="Packages">
                                <thead><tr><th>Name</th><th>Category</th><th>Price</th><th>Active</th><th>Commands</th></tr></thead>
                                <tbody>
                                    {data.packages.map((p) => (
                                        <tr key={p.id}>
                                            <td data-label="Name">{p.name}</td>
                                            <td data-label="Category">{p.categoryName ?? "—"}</td>
                                            <td data-label="Price">{p.salePrice != null ? <><s>{p.price.toFixed(2)}</s> {p.salePrice.toFixed(2)}</> : p.price.toFixed(2)}</td>
                                            <td data-label="Active">{p.isActive ? "Yes" : "No"}</td>
                                            <td data-label="Commands">{p.commands.length}</td>
                                        </tr>
                                    ))}
                                </tbody>
                            </table>
                        </section>
                    )}
                    {data.categories && (
                        <section>
                            <h2>Categories ({data.categories.length})</h2>
                            <ul>{data.categories.map((c) => <li key={c.id}>{c.name}</li>)}</ul>
                        </section>
                    )}
                    {data.orders && (
                        <section>
                            <h2>Orders (latest {data.orders.length})</h2>
                            <p className="hint">The Store API's orders do not include command deliveries, so none are shown here; game servers fetch and acknowledge them through the plugin API.</p>
                            <table className="responsive" aria-label="Orders">
                                <thead><tr><th>Player</th><th>Status</th><th>Total</th><th>Items</th><th>Placed</th></tr></thead>
                                <tbody>
                                    {data.orders.map((o) => (
                                        <tr key={o.id}>
                                            <td data-label="Player">{o.playerUsername}</td>
                                            <td data-label="Status">{o.status}</td>
                                            <td data-label="Total">{o.totalAmount.toFixed(2)} {o.paymentCurrency}</td>
                                            <td data-label="Items">{o.items.map((i) => `${i.quantity} × ${i.packageName}`).join(", ")}</td>
                                            <td data-label="Placed">{formatDate(o.createdAt)}</td>
                                        </tr>
                                    ))}
                                </tbody>
                            </table>
                        </section>
                    )}
                </>
            )}
        </>
    );
}
