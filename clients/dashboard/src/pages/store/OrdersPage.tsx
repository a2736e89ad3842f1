import { useState } from "react";
import { StoreOrdersClient } from "@fluxstore/client";
import { asCursorPage, session, type CursorPage } from "../../api.ts";
import { ListState, Pager, useCursorPage } from "../../components/DataTable.tsx";
import { OrderDetail } from "./OrderDetail.tsx";
import { OrdersTable } from "./OrdersTable.tsx";
import { type StorePageProps } from "./types.ts";
import { type OrderDto } from "@fluxstore/client";

const statuses = ["", "pending", "paid", "partiallyrefunded", "refunded", "cancelled"];
const statusLabel: Record<string, string> = { "": "All", pending: "Pending", paid: "Paid", partiallyrefunded: "Partially refunded", refunded: "Refunded", cancelled: "Cancelled" };

export function OrdersPage({ storeId, store, rest }: StorePageProps & { rest: string[] }) {
    if (rest[0]) return <OrderDetail storeId={storeId} store={store} orderId={rest[0]} />;
    return <OrdersList storeId={storeId} store={store} />;
}

function OrdersList({ storeId, store }: StorePageProps) {
    const [status, setStatus] = useState("");
    const [player, setPlayer] = useState("");
    const [filter, setFilter] = useState({ status: "", player: "" });
    const list = useCursorPage<OrderDto>(async ({ after, before }): Promise<CursorPage<OrderDto>> =>
        asCursorPage((await new StoreOrdersClient(session).list(storeId, filter.player || undefined, undefined, filter.status || undefined,
            undefined, undefined, undefined, undefined, undefined, undefined, undefined, 25, after, before)).data), [storeId, filter]);
    const filtered = filter.status || filter.player;

    return (
        <>
            <p className="crumbs">Dashboard › {store?.name ?? "Store"} › Orders</p>
            <h1>Orders</h1>
            <form className="inline" role="search" onSubmit={(e) => { e.preventDefault(); setFilter({ status, player: player.trim() }); }}>
                <label>Status
                    <select value={status} onChange={(e) => { setStatus(e.target.value); setFilter({ status: e.target.value, player: player.trim() }); }}>
                        {statuses.map((s) => <option key={s} value={s}>{statusLabel[s]}</option>)}
                    </select>
                </label>
                <label>Player<input value={player} maxLength={32} onChange={(e) => setPlayer(e.target.value)} placeholder="exact name" /></label>
                <button type="submit">Filter</button>
                {filtered && <button type="button" className="link" onClick={() => { setStatus(""); setPlayer(""); setFilter({ status: "", player: "" }); }}>Clear filters</button>}
            </form>
            <ListState loading={list.loading && !list.page} error={list.error} empty={list.items.length === 0} what="orders" emptyText={filtered ? "No orders match these filters." : undefined} need="Orders: View">
                <OrdersTable storeId={storeId} orders={list.items} />
                <Pager next={list.next} previous={list.previous} />
            </ListState>
        </>
    );
}
