import { useState } from "react";
import { WebhooksClient, type WebhookEndpointDto } from "@fluxstore/client";
import { formatDate, session } from "../../api.ts";
import { StatusBadge } from "../../components/Badge.tsx";
import { DataTable, ListState } from "../../components/DataTable.tsx";
import { FormDialog } from "../../components/FormDialog.tsx";
import { str, type FieldSpec } from "../../components/fields.tsx";
import { ConfirmDialog, SecretDialog, useLoad } from "../../ui.tsx";
import { WebhookDeliveries } from "./WebhookDeliveries.tsx";
import { type StorePageProps } from "./types.ts";

export const webhookEvents = [
    "order.created", "order.refunded", "subscription.created", "subscription.cancelled", "subscription.renewed", "subscription.expired",
    "command.delivered", "command.failed", "package.created", "package.updated", "package.deleted",
];

const fields: FieldSpec[] = [
    { name: "url", label: "URL", kind: "text", required: true, maxLength: 2000, placeholder: "https://example.com/fluxstore",
        validate: (v) => (/^https?:\/\/\S+$/i.test(String(v).trim()) ? undefined : "Enter an absolute URL starting with https://.") },
    { name: "events", label: "Events", kind: "multi", required: true, options: webhookEvents.map((e) => ({ value: e, label: e })) },
    { name: "isActive", label: "Active (receives events)", kind: "checkbox" },
];

export function WebhooksPage({ storeId, store, rest }: StorePageProps & { rest: string[] }) {
    const client = new WebhooksClient(session);
    const endpoints = useLoad(async () => (await client.list(storeId)).data ?? [], [storeId]);
    const [editing, setEditing] = useState<{ row?: WebhookEndpointDto }>();
    const [confirm, setConfirm] = useState<{ kind: "delete" | "roll"; endpoint: WebhookEndpointDto }>();
    const [secret, setSecret] = useState<{ title: string; secret: string }>();
    const shown = (endpoints.data ?? []).find((e) => e.id === rest[0]);
    const base = `#/stores/${encodeURIComponent(storeId)}/webhooks`;

    return (
        <>
            <p className="crumbs">Dashboard › {store?.name ?? "Store"} › Webhooks</p>
            <div className="heading">
                <h1>Webhooks</h1>
                <button type="button" className="primary" onClick={() => setEditing({})}>Add endpoint</button>
            </div>
            <p className="hint">FluxStore POSTs the chosen events to each endpoint, signed with the endpoint's secret (see docs/webhooks.md).</p>
            <ListState loading={endpoints.loading && !endpoints.data} error={endpoints.error} empty={(endpoints.data ?? []).length === 0} what="webhook endpoints" need="Stores: Edit">
                <DataTable label="Webhook endpoints" rows={endpoints.data ?? []} rowKey={(e) => e.id} rowProps={(e) => ({ "data-name": e.url })}
                    columns={[
                        { label: "URL", render: (e) => <a href={`${base}/${e.id}`}><code>{e.url}</code></a> },
                        { label: "Events", render: (e) => e.events.join(", ") },
                        { label: "Status", render: (e) => <>{<StatusBadge status={e.isActive ? "Active" : "Disabled"} />}{e.disabledReason && <span className="hint"> {e.disabledReason}</span>}</> },
                        { label: "Created", render: (e) => formatDate(e.createdAt) },
                    ]}
                    actions={(e) => (
                        <>
                            <a className="button" href={`${base}/${e.id}`}>Deliveries</a>
                            <button type="button" onClick={() => setEditing({ row: e })}>Edit</button>
                            <button type="button" onClick={() => setConfirm({ kind: "roll", endpoint: e })}>Roll secret</button>
                            <button type="button" className="danger" onClick={() => setConfirm({ kind: "delete", endpoint: e })}>Delete</button>
                        </>
                    )} />
            </ListState>
            {shown && <WebhookDeliveries key={shown.id} storeId={storeId} endpoint={shown} />}
            {editing && (
                <FormDialog title={editing.row ? "Edit endpoint" : "Add endpoint"} fields={fields}
                    initial={{ url: editing.row?.url ?? "", events: editing.row?.events ?? ["order.created"], isActive: editing.row?.isActive ?? true }}
                    submitLabel={editing.row ? "Save changes" : "Add endpoint"} onClose={() => setEditing(undefined)}
                    onSubmit={async (v) => {
                        const body = { url: str(v.url), events: v.events as string[], isActive: Boolean(v.isActive) };
                        if (editing.row) {
                            await client.update(storeId, editing.row.id, body);
                        } else {
                            const created = await client.create(storeId, body);
                            setSecret({ title: "Endpoint added", secret: created.data!.secret });
                        }
                        setEditing(undefined);
                        endpoints.reload();
                    }} />
            )}
            {confirm?.kind === "delete" && (
                <ConfirmDialog title="Delete this endpoint?" text={<><code>{confirm.endpoint.url}</code> receives no more events; its delivery log goes with it.</>}
                    confirmLabel="Delete endpoint" onClose={() => setConfirm(undefined)}
                    onConfirm={async () => { await client.delete(storeId, confirm.endpoint.id); window.location.hash = base; endpoints.reload(); }} />
            )}
            {confirm?.kind === "roll" && (
                <ConfirmDialog title="Roll the signing secret?" text={<>Deliveries to <code>{confirm.endpoint.url}</code> are signed with a new secret from now on; update the receiver.</>}
                    confirmLabel="Roll secret" onClose={() => setConfirm(undefined)}
                    onConfirm={async () => {
                        const rolled = await client.rollSecret(storeId, confirm.endpoint.id);
                        setSecret({ title: "Secret rolled", secret: rolled.data!.secret });
                    }} />
            )}
            {secret && <SecretDialog title={secret.title} what="signing secret" note=": FluxStore keeps it encrypted and never shows it again" secret={secret.secret} onClose={() => setSecret(undefined)} />}
        </>
    );
}
