import { StoreOrdersClient, type OrderDto } from "@fluxstore/client";
import { asCursorPage, session } from "../../api.ts";
import { ListState } from "../../components/DataTable.tsx";
import { useLoad } from "../../ui.tsx";
import { OrdersTable } from "./OrdersTable.tsx";
import { RevenuePanel } from "./RevenuePanel.tsx";
import { type StorePageProps } from "./types.ts";

/** The page an owner looks at first: revenue over the last 30 days, top packages and the latest orders. */
export function OverviewPage({ storeId, store }: StorePageProps) {
    const latest = useLoad(async () => asCursorPage<OrderDto>((await new StoreOrdersClient(session).list(storeId, undefined, undefined, undefined,
        undefined, undefined, undefined, undefined, undefined, undefined, undefined, 8)).data).items, [storeId]);
    return (
        <>
            <p className="crumbs">Dashboard › {store?.name ?? "Store"} › Overview</p>
            <h1>Overview</h1>
            <RevenuePanel storeId={storeId} currency={store?.currency} />
            <section aria-label="Latest orders">
                <div className="heading">
                    <h2>Latest orders</h2>
                    <a href={`#/stores/${encodeURIComponent(storeId)}/orders`}>All orders ›</a>
                </div>
                <ListState loading={latest.loading && !latest.data} error={latest.error} empty={(latest.data ?? []).length === 0} what="orders" need="Orders: View">
                    <OrdersTable storeId={storeId} orders={latest.data ?? []} label="Latest orders" />
                </ListState>
            </section>
        </>
    );
}
