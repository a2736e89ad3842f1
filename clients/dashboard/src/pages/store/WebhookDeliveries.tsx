import { useState } from "react";
import { WebhooksClient, type WebhookEndpointDto } from "@fluxstore/client";
import { formatDate, session } from "../../api.ts";
import { StatusBadge } from "../../components/Badge.tsx";
import { DataTable, ListState } from "../../components/DataTable.tsx";
import { ErrorNotice, useLoad } from "../../ui.tsx";

const take = 20;

/** One endpoint's delivery log (every attempt, newest first) with resend and a test send. */
export function WebhookDeliveries({ storeId, endpoint }: { storeId: string; endpoint: WebhookEndpointDto }) {
    const client = new WebhooksClient(session);
    const [skip, setSkip] = useState(0);
    const log = useLoad(async () => (await client.deliveries(storeId, endpoint.id, skip, take, true)).data!, [storeId, endpoint.id, skip]);
    const [note, setNote] = useState<string>();
    const [error, setError] = useState<unknown>();
    const items = log.data?.items ?? [];
    const total = log.data?.total ?? 0;

    async function act(what: () => Promise<unknown>, done: string) {
        setError(undefined);
        setNote(undefined);
        try {
            await what();
            setNote(done);
            setTimeout(log.reload, 1500);
        } catch (e) {
            setError(e);
        }
    }

    return (
        <section aria-label="Delivery log">
            <div className="heading">
                <h2>Deliveries to <code>{endpoint.url}</code></h2>
                <div className="inline">
                    <button type="button" onClick={() => void act(() => client.test(storeId, endpoint.id), "A test event (webhook.test) is queued; it appears here once sent.")}>Send test event</button>
                    <button type="button" onClick={log.reload} disabled={log.loading}>Refresh</button>
                </div>
            </div>
            {note && <p className="notice info" role="status">{note}</p>}
            <ErrorNotice error={error} />
            <ListState loading={log.loading && !log.data} error={log.error} empty={items.length === 0} what="deliveries" need="Stores: Edit"
                emptyText="No deliveries yet: send a test event, or wait for the next event.">
                <DataTable label="Deliveries" rows={items} rowKey={(a) => a.id} rowProps={(a) => ({ "data-event": a.eventType })}
                    columns={[
                        { label: "When", render: (a) => formatDate(a.attemptedAt) },
                        { label: "Event", render: (a) => <code>{a.eventType}</code> },
                        { label: "Attempt", render: (a) => a.attempt },
                        { label: "Answer", render: (a) => (a.statusCode ? `HTTP ${a.statusCode}` : a.error ?? "No answer") + ` in ${a.durationMs} ms` },
                        { label: "Result", render: (a) => <StatusBadge status={a.succeeded ? "Succeeded" : "Failed"} /> },
                        { label: "Delivery", render: (a) => <StatusBadge status={a.deliveryStatus} /> },
                    ]}
                    actions={(a) => <button type="button" onClick={() => void act(() => client.resend(storeId, endpoint.id, a.deliveryId), "The event is queued to be sent again.")}>Resend</button>} />
                {total > take && (
                    <nav className="pager" aria-label="Pages">
                        <button type="button" disabled={skip === 0} onClick={() => setSkip(Math.max(0, skip - take))}>‹ Previous</button>
                        <span>{skip + 1}–{Math.min(skip + take, total)} of {total}</span>
                        <button type="button" disabled={skip + take >= total} onClick={() => setSkip(skip + take)}>Next ›</button>
                    </nav>
                )}
            </ListState>
        </section>
    );
}
