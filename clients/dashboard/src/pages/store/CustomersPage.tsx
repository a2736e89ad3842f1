import { useState } from "react";
import { StoreCustomersClient, StoreOrdersClient, type CustomerDto, type OrderDto } from "@fluxstore/client";
import { asCursorPage, formatDate, formatMoney, session } from "../../api.ts";
import { DataTable, ListState, Pager, useCursorPage } from "../../components/DataTable.tsx";
import { useLoad } from "../../ui.tsx";
import { OrdersTable } from "./OrdersTable.tsx";
import { type StorePageProps } from "./types.ts";

const sorts = [
    { value: "totalSpent", label: "Total spent" },
    { value: "lastPurchaseAt", label: "Last purchase" },
    { value: "firstSeenAt", label: "First seen" },
    { value: "username", label: "Name" },
];

export function CustomersPage({ storeId, store }: StorePageProps) {
    const [search, setSearch] = useState("");
    const [query, setQuery] = useState({ search: "", sortBy: "totalSpent", desc: true });
    const [chosen, setChosen] = useState<CustomerDto>();
    const list = useCursorPage<CustomerDto>(async ({ after, before }) => asCursorPage(
        (await new StoreCustomersClient(session).list(storeId, query.search || undefined, query.sortBy, query.desc, undefined, undefined, undefined, 25, after, before)).data),
    [storeId, query]);

    return (
        <>
            <p className="crumbs">Dashboard › {store?.name ?? "Store"} › Customers</p>
            <h1>Customers</h1>
            <form className="inline" role="search" onSubmit={(e) => { e.preventDefault(); setQuery({ ...query, search: search.trim() }); }}>
                <label>Search<input value={search} maxLength={100} onChange={(e) => setSearch(e.target.value)} placeholder="player name" /></label>
                <button type="submit">Search</button>
                <label>Sort by
                    <select value={query.sortBy} onChange={(e) => setQuery({ ...query, sortBy: e.target.value, desc: e.target.value !== "username" })}>
                        {sorts.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
                    </select>
                </label>
                <label>Order
                    <select value={query.desc ? "desc" : "asc"} onChange={(e) => setQuery({ ...query, desc: e.target.value === "desc" })}>
                        <option value="desc">Highest / newest first</option>
                        <option value="asc">Lowest / oldest first</option>
                    </select>
                </label>
            </form>
            <ListState loading={list.loading && !list.page} error={list.error} empty={list.items.length === 0} what="customers" need="Customers: View"
                emptyText={query.search ? `No customer's name contains "${query.search}".` : undefined}>
                <DataTable label="Customers" rows={list.items} rowKey={(c) => c.id} rowProps={(c) => ({ "data-name": c.playerUsername })}
                    columns={[
                        { label: "Player", render: (c) => c.playerUsername },
                        { label: "Total spent", render: (c) => formatMoney(c.totalSpent, store?.currency) },
                        { label: "Orders", render: (c) => c.orderCount },
                        { label: "First seen", render: (c) => formatDate(c.firstSeenAt) },
                        { label: "Last purchase", render: (c) => formatDate(c.lastPurchaseAt) },
                    ]}
                    actions={(c) => <button type="button" onClick={() => setChosen(c)} aria-label={`Orders of ${c.playerUsername}`}>Orders</button>} />
                <Pager next={list.next} previous={list.previous} />
            </ListState>
            {chosen && <CustomerOrders key={chosen.id} storeId={storeId} customer={chosen} />}
        </>
    );
}

function CustomerOrders({ storeId, customer }: { storeId: string; customer: CustomerDto }) {
    const orders = useLoad(async () => asCursorPage<OrderDto>((await new StoreOrdersClient(session).list(storeId, customer.playerUsername,
        undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, 25)).data).items, [storeId, customer.id]);
    return (
        <section aria-label={`Orders of ${customer.playerUsername}`}>
            <h2>Orders of {customer.playerUsername}</h2>
            <ListState loading={orders.loading && !orders.data} error={orders.error} empty={(orders.data ?? []).length === 0} what="orders" need="Orders: View">
                <OrdersTable storeId={storeId} orders={orders.data ?? []} label={`Orders of ${customer.playerUsername}`} />
            </ListState>
        </section>
    );
}
