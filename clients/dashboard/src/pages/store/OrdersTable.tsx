import { type OrderDto } from "@fluxstore/client";
import { formatDate, formatMoney } from "../../api.ts";
import { StatusBadge } from "../../components/Badge.tsx";
import { DataTable } from "../../components/DataTable.tsx";

/** Orders as rows, each linking to its detail page. */
export function OrdersTable({ storeId, orders, label = "Orders" }: { storeId: string; orders: OrderDto[]; label?: string }) {
    return (
        <DataTable label={label} rows={orders} rowKey={(o) => o.id} rowProps={(o) => ({ "data-player": o.playerUsername })}
            columns={[
                { label: "Placed", render: (o) => <a href={`#/stores/${encodeURIComponent(storeId)}/orders/${o.id}`} aria-label={`Order of ${o.playerUsername}, ${formatDate(o.createdAt)}`}>{formatDate(o.createdAt)}</a> },
                { label: "Player", render: (o) => o.playerUsername },
                { label: "Items", render: (o) => o.items.map((i) => `${i.quantity} × ${i.packageName}`).join(", ") },
                { label: "Total", render: (o) => formatMoney(o.totalAmount, o.paymentCurrency) },
                { label: "Status", render: (o) => <StatusBadge status={o.status} /> },
            ]} />
    );
}
