import { useState, type FormEvent } from "react";
import { ServersClient, type GameServerDto, type StoreDto } from "@fluxstore/client";
import { formatDate, session } from "../api.ts";
import { ConfirmDialog, ErrorNotice, SecretDialog, useLoad } from "../ui.tsx";

export function ServersPage({ storeId, store }: { storeId: string; store?: StoreDto }) {
    const client = new ServersClient(session);
    const servers = useLoad(async () => (await client.list(storeId)).data ?? [], [storeId]);
    const [name, setName] = useState("");
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState<unknown>();
    const [shown, setShown] = useState<{ title: string; key: string }>();
    const [confirm, setConfirm] = useState<{ kind: "remove" | "regenerate"; server: GameServerDto }>();

    async function add(event: FormEvent) {
        event.preventDefault();
        setBusy(true);
        setError(undefined);
        try {
            const created = await client.create(storeId, { name });
            setName("");
            setShown({ title: "Game server added", key: created.data!.key });
            servers.reload();
        } catch (e) {
            setError(e);
        } finally {
            setBusy(false);
        }
    }

    return (
        <>
            <p className="crumbs">Dashboard › {store?.name ?? "Store"} › Game servers</p>
            <h1>Game servers</h1>
            <p className="hint">Each server's plugin polls for commands with its own server key (<code>X-Server-Key</code>).</p>
            <ErrorNotice error={servers.error} />
            {servers.loading && !servers.data ? <p>Loading…</p> : servers.data?.length === 0 ? <p>No game servers yet.</p> : (
                <table className="responsive" aria-label="Game servers">
                    <thead><tr><th>Name</th><th>Key</th><th>Added</th><th><span className="sr-only">Actions</span></th></tr></thead>
                    <tbody>
                        {servers.data?.map((s) => (
                            <tr key={s.id}>
                                <td data-label="Name">{s.name}</td>
                                <td data-label="Key"><code className="hint-code" title="Last characters of the key">…{s.keyHint}</code></td>
                                <td data-label="Added">{formatDate(s.createdAt)}</td>
                                <td className="row-actions">
                                    <button type="button" onClick={() => setConfirm({ kind: "regenerate", server: s })}>Regenerate key</button>
                                    <button type="button" className="danger" onClick={() => setConfirm({ kind: "remove", server: s })}>Remove</button>
                                </td>
                            </tr>
                        ))}
                    </tbody>
                </table>
            )}
            <section className="card">
                <h2>Add a game server</h2>
                <form onSubmit={add} noValidate className="inline">
                    <label>Server name<input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. survival-1" /></label>
                    <button type="submit" className="primary" disabled={busy}>Add server</button>
                </form>
                <ErrorNotice error={error} />
            </section>
            {confirm?.kind === "remove" && (
                <ConfirmDialog title="Remove this game server?"
                    text={<><strong>{confirm.server.name}</strong> and its key are removed; its plugin can no longer fetch commands.</>}
                    confirmLabel="Remove server" onClose={() => setConfirm(undefined)}
                    onConfirm={async () => { await client.delete(storeId, confirm.server.id); servers.reload(); }} />
            )}
            {confirm?.kind === "regenerate" && (
                <ConfirmDialog title="Regenerate the server key?"
                    text={<>The current key of <strong>{confirm.server.name}</strong> stops working at once; put the new one in the plugin's configuration.</>}
                    confirmLabel="Regenerate key" onClose={() => setConfirm(undefined)}
                    onConfirm={async () => {
                        const created = await client.regenerateKey(storeId, confirm.server.id);
                        setShown({ title: "Server key regenerated", key: created.data!.key });
                        servers.reload();
                    }} />
            )}
            {shown && <SecretDialog title={shown.title} what="server key" secret={shown.key} onClose={() => setShown(undefined)} />}
        </>
    );
}
