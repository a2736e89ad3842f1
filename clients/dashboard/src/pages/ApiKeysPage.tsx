import { useState, type FormEvent } from "react";
import { ApiKeysClient, type ApiKeyDto, type StoreDto } from "@fluxstore/client";
import { formatDate, permissionAreas, session } from "../api.ts";
import { ConfirmDialog, ErrorNotice, Modal, SecretDialog, useLoad } from "../ui.tsx";

type Permissions = Record<string, string[]>;

export function ApiKeysPage({ storeId, store }: { storeId: string; store?: StoreDto }) {
    const client = new ApiKeysClient(session);
    const keys = useLoad(async () => (await client.list(storeId)).data ?? [], [storeId]);
    const [creating, setCreating] = useState(false);
    const [shown, setShown] = useState<{ title: string; key: string }>();
    const [confirm, setConfirm] = useState<{ kind: "revoke" | "regenerate"; key: ApiKeyDto }>();

    return (
        <>
            <p className="crumbs">Dashboard › {store?.name ?? "Store"} › Configuration › API Keys</p>
            <div className="heading">
                <h1>API Keys</h1>
                <button type="button" className="primary" onClick={() => setCreating(true)}>Create API Key</button>
            </div>
            <p className="hint">Keys call the Store API (<code>/api/v1</code>) for this store. Permissions are fixed at creation: to change them, revoke the key and create a new one.</p>
            {store && !store.isPro && <p className="notice warning">This store has no active Pro plan: the API refuses to create keys and to serve the Store API.</p>}
            <ErrorNotice error={keys.error} />
            {keys.loading && !keys.data ? <p>Loading…</p> : keys.data?.length === 0 ? <p>No API keys yet.</p> : (
                <table className="responsive" aria-label="API keys">
                    <thead>
                        <tr><th>Name</th><th>Key</th><th>Permissions</th><th>Status</th><th>Created</th><th>Expires</th><th>Last used</th><th><span className="sr-only">Actions</span></th></tr>
                    </thead>
                    <tbody>
                        {keys.data?.map((k) => (
                            <tr key={k.id} data-key-name={k.name}>
                                <td data-label="Name">{k.name}</td>
                                <td data-label="Key"><code className="hint-code" title="Last characters of the key">…{k.keyHint}</code></td>
                                <td data-label="Permissions">
                                    <ul className="perms">
                                        {Object.entries(k.permissions).map(([area, actions]) => <li key={area}>{area}: {actions.join(", ")}</li>)}
                                    </ul>
                                </td>
                                <td data-label="Status"><span className={`badge status ${k.status === "Active" ? "ok" : "muted"}`}>{k.status}</span></td>
                                <td data-label="Created">{formatDate(k.createdAt)}</td>
                                <td data-label="Expires">{k.expiresAt ? formatDate(k.expiresAt) : "Never"}</td>
                                <td data-label="Last used">{k.lastUsedAt ? formatDate(k.lastUsedAt) : "Never"}</td>
                                <td className="row-actions">
                                    {k.status === "Active" && (
                                        <>
                                            <button type="button" onClick={() => setConfirm({ kind: "regenerate", key: k })}>Regenerate</button>
                                            <button type="button" className="danger" onClick={() => setConfirm({ kind: "revoke", key: k })}>Revoke</button>
                                        </>
                                    )}
                                </td>
                            </tr>
                        ))}
                    </tbody>
                </table>
            )}

            {creating && (
                <CreateKeyDialog storeId={storeId} onClose={() => setCreating(false)} onCreated={(key) => {
                    setCreating(false);
                    setShown({ title: "API key created", key });
                    keys.reload();
                }} />
            )}
            {confirm?.kind === "revoke" && (
                <ConfirmDialog
                    title="Revoke this API key?"
                    text={<>Anything using <strong>{confirm.key.name}</strong> ({confirm.key.keyHint}) stops working at once. This cannot be undone.</>}
                    confirmLabel="Revoke key"
                    onClose={() => setConfirm(undefined)}
                    onConfirm={async () => {
                        await client.revoke(storeId, confirm.key.id);
                        keys.reload();
                    }} />
            )}
            {confirm?.kind === "regenerate" && (
                <ConfirmDialog
                    title="Regenerate this API key?"
                    text={<>The current secret of <strong>{confirm.key.name}</strong> stops working at once; a new key with the same permissions is shown once.</>}
                    confirmLabel="Regenerate key"
                    onClose={() => setConfirm(undefined)}
                    onConfirm={async () => {
                        const created = await client.regenerate(storeId, confirm.key.id);
                        setShown({ title: "API key regenerated", key: created.data!.key });
                        keys.reload();
                    }} />
            )}
            {shown && <SecretDialog title={shown.title} what="API key" secret={shown.key} onClose={() => setShown(undefined)} />}
        </>
    );
}

function CreateKeyDialog({ storeId, onClose, onCreated }: { storeId: string; onClose: () => void; onCreated: (key: string) => void }) {
    const [name, setName] = useState("");
    const [permissions, setPermissions] = useState<Permissions>({});
    const [expires, setExpires] = useState("");
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState<unknown>();

    function toggle(area: string, action: string, on: boolean) {
        setPermissions((current) => {
            const actions = new Set(current[area] ?? []);
            if (on) actions.add(action); else actions.delete(action);
            const next = { ...current };
            if (actions.size > 0) next[area] = ["View", "Edit", "Delete"].filter((a) => actions.has(a)); else delete next[area];
            return next;
        });
    }

    async function submit(event: FormEvent) {
        event.preventDefault();
        setBusy(true);
        setError(undefined);
        try {
            const expiresAt = expires ? new Date(expires) : undefined;
            const created = await new ApiKeysClient(session).create(storeId, {
                name,
                permissions,
                expiresAt: expiresAt && !Number.isNaN(expiresAt.getTime()) ? expiresAt.toISOString() : null,
            });
            onCreated(created.data!.key);
        } catch (e) {
            setError(e);
            setBusy(false);
        }
    }

    return (
        <Modal title="Create API Key" onClose={onClose}>
            <form onSubmit={submit} noValidate>
                <label>Name<input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. storefront" /></label>
                <fieldset>
                    <legend>Permissions</legend>
                    <table className="picker" aria-label="Permissions">
                        <thead><tr><th>Area</th><th>View</th><th>Edit</th><th>Delete</th></tr></thead>
                        <tbody>
                            {permissionAreas.map(({ area, actions, description }) => (
                                <tr key={area}>
                                    <th scope="row" title={description}>{area}</th>
                                    {(["View", "Edit", "Delete"] as const).map((action) => (
                                        <td key={action}>
                                            {actions.includes(action) ? (
                                                <input type="checkbox" aria-label={`${area} ${action}`}
                                                    checked={permissions[area]?.includes(action) ?? false}
                                                    onChange={(e) => toggle(area, action, e.target.checked)} />
                                            ) : <span aria-label="not offered" title="Not offered for this area">—</span>}
                                        </td>
                                    ))}
                                </tr>
                            ))}
                        </tbody>
                    </table>
                </fieldset>
                <label>Expires (optional)<input type="datetime-local" value={expires} onChange={(e) => setExpires(e.target.value)} /></label>
                <ErrorNotice error={error} />
                <div className="actions">
                    <button type="button" onClick={onClose} disabled={busy}>Cancel</button>
                    <button type="submit" className="primary" disabled={busy}>Create key</button>
                </div>
            </form>
        </Modal>
    );
}
