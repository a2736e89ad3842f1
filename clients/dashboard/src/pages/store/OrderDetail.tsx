import { useState } from "react";
import { StoreOrdersClient } from "@fluxstore/client";
import { formatDate, formatMoney, session } from "../../api.ts";
import { StatusBadge } from "../../components/Badge.tsx";
import { DataTable, ListState } from "../../components/DataTable.tsx";
import { useLoad } from "../../ui.tsx";
import { RefundDialog } from "./RefundDialog.tsx";
import { type StorePageProps } from "./types.ts";

/** One order: items, coupon and gift card, refunds, each command's delivery status, and the refund action. */
export function OrderDetail({ storeId, store, orderId }: StorePageProps & { orderId: string }) {
    const order = useLoad(async () => (await new StoreOrdersClient(session).get(storeId, orderId)).data!, [storeId, orderId]);
    const [refunding, setRefunding] = useState(false);
    const o = order.data;
    const money = (n: number | null | undefined) => formatMoney(n, o?.paymentCurrency ?? store?.currency);
    const refundable = o ? o.items.filter((i) => !i.refundedAt) : [];

    return (
        <>
            <p className="crumbs">Dashboard › {store?.name ?? "Store"} › <a href={`#/stores/${encodeURIComponent(storeId)}/orders`}>Orders</a> › Order</p>
            <ListState loading={order.loading && !o} error={order.error} empty={false} what="the order" need="Orders: View">
                {o && (
                    <>
                        <div className="heading">
                            <h1>Order of {o.playerUsername}</h1>
                            {refundable.length > 0 && <button type="button" className="danger" onClick={() => setRefunding(true)}>Refund…</button>}
                        </div>
                        <dl className="facts">
                            <dt>Status</dt><dd><StatusBadge status={o.status} /></dd>
                            <dt>Total</dt><dd>{money(o.totalAmount)}</dd>
                            <dt>Placed</dt><dd>{formatDate(o.createdAt)}</dd>
                            <dt>Player UUID</dt><dd>{o.playerUuid ? <code>{o.playerUuid}</code> : "—"}</dd>
                            <dt>Email</dt><dd>{o.email ?? "—"}</dd>
                            <dt>Payment</dt><dd>{o.paymentProvider}</dd>
                            <dt>Coupon</dt><dd>{o.couponId ? <>−{money(o.couponDiscountAmount)} (<a href={`#/stores/${encodeURIComponent(storeId)}/coupons`}>coupon</a>)</> : "None"}</dd>
                            <dt>Gift card</dt><dd>{o.giftCardId ? <>{money(o.giftCardAmount)} paid by gift card</> : "None"}</dd>
                            <dt>Order id</dt><dd><code>{o.id}</code></dd>
                        </dl>
                        <section>
                            <h2>Items</h2>
                            <DataTable label="Items" rows={o.items} rowKey={(i) => i.id} rowProps={(i) => ({ "data-name": i.packageName })} columns={[
                                { label: "Package", render: (i) => i.packageName },
                                { label: "Quantity", render: (i) => i.quantity },
                                { label: "Price", render: (i) => money(i.priceAtPurchase) },
                                { label: "Refunded", render: (i) => (i.refundedAt ? formatDate(i.refundedAt) : "No") },
                            ]} />
                        </section>
                        <section>
                            <h2>Refunds</h2>
                            {o.refunds.length === 0 ? <p className="empty">No refunds.</p> : (
                                <DataTable label="Refunds" rows={o.refunds} rowKey={(r) => r.id} columns={[
                                    { label: "When", render: (r) => formatDate(r.createdAt) },
                                    { label: "Amount", render: (r) => money(r.amount) },
                                    { label: "To gift card", render: (r) => money(r.giftCardAmount) },
                                    { label: "Items", render: (r) => r.itemIds.map((id) => o.items.find((i) => i.id === id)?.packageName ?? id).join(", ") },
                                    { label: "Reason", render: (r) => r.reason ?? "—" },
                                ]} />
                            )}
                        </section>
                        <section>
                            <div className="heading">
                                <h2>Deliveries to game servers</h2>
                                <button type="button" onClick={order.reload} disabled={order.loading}>Refresh</button>
                            </div>
                            {o.deliveries.length === 0 ? <p className="empty">This order queued no commands.</p> : (
                                <DataTable label="Deliveries" rows={o.deliveries} rowKey={(d) => d.id} columns={[
                                    { label: "Command", render: (d) => <code>{d.command}</code> },
                                    { label: "Server", render: (d) => d.serverName ?? d.serverId },
                                    { label: "Status", render: (d) => <StatusBadge status={d.status} /> },
                                    { label: "Attempts", render: (d) => d.attempts },
                                    { label: "Delivered", render: (d) => (d.deliveredAt ? formatDate(d.deliveredAt) : d.lastError ?? "—") },
                                ]} />
                            )}
                        </section>
                    </>
                )}
            </ListState>
            {refunding && o && (
                <RefundDialog storeId={storeId} order={o} onClose={() => setRefunding(false)} onRefunded={() => { setRefunding(false); order.reload(); }} />
            )}
        </>
    );
}
