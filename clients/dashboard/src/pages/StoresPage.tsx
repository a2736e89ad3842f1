import { useState, type FormEvent } from "react";
import { StoresClient, type StoreDto } from "@fluxstore/client";
import { formatDate, session } from "../api.ts";
import { ErrorNotice } from "../ui.tsx";

export function StoresPage({ stores }: { stores: { data?: StoreDto[]; error: unknown; loading: boolean; reload: () => void } }) {
    const [name, setName] = useState("");
    const [currency, setCurrency] = useState("EUR");
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState<unknown>();

    async function create(event: FormEvent) {
        event.preventDefault();
        setBusy(true);
        setError(undefined);
        try {
            await new StoresClient(session).create({ name, currency: currency || null });
            setName("");
            stores.reload();
        } catch (e) {
            setError(e);
        } finally {
            setBusy(false);
        }
    }

    return (
        <>
            <h1>Your stores</h1>
            <ErrorNotice error={stores.error} />
            {stores.loading && !stores.data ? <p>Loading…</p> : stores.data && stores.data.length === 0 ? (
                <p>No store yet: create your first one below.</p>
            ) : (
                <table className="responsive" aria-label="Stores">
                    <thead><tr><th>Name</th><th>Currency</th><th>Plan</th><th>Created</th><th>Pages</th></tr></thead>
                    <tbody>
                        {stores.data?.map((s) => (
                            <tr key={s.id}>
                                <td data-label="Name"><a href={`#/stores/${encodeURIComponent(s.id)}/overview`}>{s.name}</a></td>
                                <td data-label="Currency">{s.currency}</td>
                                <td data-label="Plan">
                                    <span className={`badge ${s.isPro ? "ok" : "muted"}`}>{s.isPro ? "Pro" : s.plan}</span>
                                    {s.isPro && s.proExpiresAt && <> until {formatDate(s.proExpiresAt)}</>}
                                </td>
                                <td data-label="Created">{formatDate(s.createdAt)}</td>
                                <td data-label="Pages" className="links">
                                    <a href={`#/stores/${encodeURIComponent(s.id)}/overview`} aria-label={`Open ${s.name}`}>Open</a>
                                    <a href={`#/stores/${encodeURIComponent(s.id)}/orders`}>Orders</a>
                                    <a href={`#/stores/${encodeURIComponent(s.id)}/api-keys`}>API Keys</a>
                                </td>
                            </tr>
                        ))}
                    </tbody>
                </table>
            )}
            <section className="card">
                <h2>Create a store</h2>
                <form onSubmit={create} noValidate className="inline">
                    <label>Store name<input value={name} onChange={(e) => setName(e.target.value)} /></label>
                    <label>Currency (ISO code)<input value={currency} maxLength={8} onChange={(e) => setCurrency(e.target.value.toUpperCase())} /></label>
                    <button type="submit" className="primary" disabled={busy}>Create store</button>
                </form>
                <ErrorNotice error={error} />
                <p className="hint">You manage your store here on any plan; API keys and the Store API (<code>/api/v1</code>) need an active Pro plan, which FluxStore's operators set.</p>
            </section>
        </>
    );
}
