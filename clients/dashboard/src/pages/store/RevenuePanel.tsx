import { formatMoney } from "../../api.ts";
import { DataTable, ListState } from "../../components/DataTable.tsx";
import { useLoad } from "../../ui.tsx";
import { RevenueChart } from "./RevenueChart.tsx";
import { loadRevenue } from "./revenue.ts";

/** Revenue of the last 30 days in the browser's time zone: chart, totals and top packages. */
export function RevenuePanel({ storeId, currency }: { storeId: string; currency?: string }) {
    const revenue = useLoad(() => loadRevenue(storeId, 30), [storeId]);
    const r = revenue.data;
    const cur = r?.currency ?? currency ?? "USD";
    const money = (n: number) => formatMoney(n, cur);
    return (
        <section aria-label="Revenue">
            <h2>Last 30 days</h2>
            <ListState loading={revenue.loading && !r} error={revenue.error} empty={false} what="revenue" need="Orders: View">
                {r && (
                    <>
                        <div className="cards" aria-label="Totals" role="group">
                            {([["Gross", r.totals.gross, true], ["Refunded", r.totals.refunded, true], ["Net revenue", r.totals.net, true],
                                ["Orders", r.totals.orders, false], ["New customers", r.totals.newCustomers, false]] as const).map(([label, value, isMoney]) => (
                                <div key={label} className="card" data-total={label} data-value={value}>
                                    <span className="hint">{label}</span><span className="value">{isMoney ? money(value) : value}</span>
                                </div>
                            ))}
                        </div>
                        <RevenueChart points={r.buckets} currency={cur} />
                        <h3>Top packages</h3>
                        {r.topPackages.length === 0 ? <p className="empty">No sales in these 30 days.</p> : (
                            <DataTable label="Top packages" rows={r.topPackages} rowKey={(p) => p.packageId} columns={[
                                { label: "Package", render: (p) => p.packageName },
                                { label: "Units", render: (p) => p.units },
                                { label: "Net revenue", render: (p) => money(p.net) },
                            ]} />
                        )}
                    </>
                )}
            </ListState>
        </section>
    );
}
