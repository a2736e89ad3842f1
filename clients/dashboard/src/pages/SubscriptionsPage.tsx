import { useState } from "react";
import { StoreSubscriptionsClient, type StoreDto, type SubscriptionDto } from "@fluxstore/client";
import { formatDate, session } from "../api.ts";
import { ConfirmDialog, ErrorNotice, useLoad } from "../ui.tsx";

const statuses = [
    { value: "", label: "All" },
    { value: "active", label: "Active" },
    { value: "expired", label: "Expired" },
    { value: "cancelled", label: "Cancelled" },
] as const;

/** A store's subscriptions (dashboard route, the member's Subscriptions View permission), with both ways to cancel one. */
export function SubscriptionsPage({ storeId, store }: { storeId: string; store?: StoreDto }) {
    const client = new StoreSubscriptionsClient(session);
    const [status, setStatus] = useState("");
    const [skip, setSkip] = useState(0);
    const take = 25;
    const list = useLoad(async () => (await client.list(storeId, undefined, status || undefined, skip, take, undefined, undefined, undefined)).data, [storeId, status, skip]);
    const [confirm, setConfirm] = useState<{ atPeriodEnd: boolean; subscription: SubscriptionDto }>();
    const page = list.data;
    const items = page?.items ?? [];
    const total = page?.total ?? 0;

    return (
        <>
            <p className="crumbs">Dashboard › {store?.name ?? "Store"} › Subscriptions</p>
            <h1>Subscriptions</h1>
            <p className="hint">
                A subscription ends when its period ends{store && store.subscriptionGracePeriodHours > 0 ? <>, plus the store's grace period of {store.subscriptionGracePeriodHours} hours</> : null};
                then the package's expiry commands are sent to the game servers. An order of the same package for the player renews it.
            </p>
            <form className="inline" onSubmit={(e) => e.preventDefault()}>
                <label>Status
                    <select value={status} onChange={(e) => { setStatus(e.target.value); setSkip(0); }}>
                        {statuses.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
                    </select>
                </label>
            </form>
            <ErrorNotice error={list.error} />
            {list.loading && !list.data ? <p>Loading…</p> : items.length === 0 ? <p>No subscriptions{status ? ` with status ${status}` : ""}.</p> : (
                <table className="responsive" aria-label="Subscriptions">
                    <thead><tr><th>Player</th><th>Package</th><th>Status</th><th>Period</th><th>Grace ends</th><th>Renewals</th><th><span className="sr-only">Actions</span></th></tr></thead>
                    <tbody>
                        {items.map((s) => (
                            <tr key={s.id} data-subscription-player={s.playerUsername}>
                                <td data-label="Player">{s.playerUsername}</td>
                                <td data-label="Package">{s.packageName}</td>
                                <td data-label="Status">
                                    <span className={`badge ${s.status === "Active" ? "ok" : "muted"}`}>{s.status}</span>
                                    {s.status === "Active" && s.cancelAtPeriodEnd && <> <span className="badge muted">Ends at period end</span></>}
                                    {s.endedAt && <> {formatDate(s.endedAt)}</>}
                                </td>
                                <td data-label="Period">{formatDate(s.startedAt)} – {formatDate(s.currentPeriodEnd)}</td>
                                <td data-label="Grace ends">{s.graceEndsAt && s.graceEndsAt !== s.currentPeriodEnd ? formatDate(s.graceEndsAt) : "—"}</td>
                                <td data-label="Renewals">{s.renewalCount}</td>
                                <td className="row-actions">
                                    {s.status === "Active" && (
                                        <>
                                            {!s.cancelAtPeriodEnd && (
                                                <button type="button" onClick={() => setConfirm({ atPeriodEnd: true, subscription: s })}>Cancel at period end</button>
                                            )}
                                            <button type="button" className="danger" onClick={() => setConfirm({ atPeriodEnd: false, subscription: s })}>Cancel now</button>
                                        </>
                                    )}
                                </td>
                            </tr>
                        ))}
                    </tbody>
                </table>
            )}
            {total > take && (
                <p className="inline">
                    <button type="button" disabled={skip === 0} onClick={() => setSkip(Math.max(0, skip - take))}>Previous</button>
                    <span> {skip + 1}–{Math.min(skip + take, total)} of {total} </span>
                    <button type="button" disabled={skip + take >= total} onClick={() => setSkip(skip + take)}>Next</button>
                </p>
            )}
            {confirm && (
                <ConfirmDialog
                    title={confirm.atPeriodEnd ? "Cancel at the end of the period?" : "Cancel this subscription now?"}
                    text={confirm.atPeriodEnd
                        ? <><strong>{confirm.subscription.playerUsername}</strong> keeps <strong>{confirm.subscription.packageName}</strong> until {formatDate(confirm.subscription.graceEndsAt ?? confirm.subscription.currentPeriodEnd)}; then it ends and its expiry commands run. A renewal order withdraws the cancellation.</>
                        : <><strong>{confirm.subscription.playerUsername}</strong> loses <strong>{confirm.subscription.packageName}</strong> now: its expiry commands are sent to the game servers.</>}
                    confirmLabel={confirm.atPeriodEnd ? "Cancel at period end" : "Cancel now"}
                    onClose={() => setConfirm(undefined)}
                    onConfirm={async () => {
                        await client.cancel(storeId, confirm.subscription.id, { atPeriodEnd: confirm.atPeriodEnd });
                        list.reload();
                    }} />
            )}
        </>
    );
}
