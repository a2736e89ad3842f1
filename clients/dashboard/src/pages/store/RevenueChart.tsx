import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { formatMoney } from "../../api.ts";

export interface RevenuePoint {
    start: string;
    gross: number;
    refunded: number;
    net: number;
    orders: number;
}

/**
 * Net revenue (area, left axis) and orders (bars, right axis) per bucket, drawn by uPlot; it follows the width of its
 * container. A table of the same numbers follows for screen readers and keyboard users.
 */
export function RevenueChart({ points, currency }: { points: RevenuePoint[]; currency: string }) {
    const box = useRef<HTMLDivElement>(null);
    useEffect(() => {
        const el = box.current;
        if (!el) return;
        const x = points.map((p) => new Date(p.start).getTime() / 1000);
        const money = (v: number) => formatMoney(v, currency);
        const chart = new uPlot({
            width: Math.max(280, el.clientWidth),
            height: 260,
            // Half a day of room at each end, so the first and last day's bars are drawn whole.
            scales: { x: { time: true, range: (_u, min, max) => [min - 43_200, max + 43_200] }, orders: { range: (_u, _min, max) => [0, Math.max(4, max)] } },
            series: [
                { value: (_u, v) => (v == null ? "" : new Date(v * 1000).toLocaleDateString()) },
                { label: "Net revenue", stroke: "#3556d8", fill: "rgba(53, 86, 216, 0.12)", width: 2, value: (_u, v) => (v == null ? "" : money(v)) },
                { label: "Orders", scale: "orders", stroke: "#1f7a45", fill: "rgba(31, 122, 69, 0.25)", paths: uPlot.paths.bars!({ size: [0.5, 24] }), points: { show: false } },
            ],
            axes: [
                {},
                { values: (_u, ticks) => ticks.map(money), size: 80 },
                { scale: "orders", side: 1, grid: { show: false }, values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? String(t) : "")) },
            ],
        }, [x, points.map((p) => p.net), points.map((p) => p.orders)], el);
        const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(280, el.clientWidth), height: 260 }));
        resize.observe(el);
        return () => { resize.disconnect(); chart.destroy(); };
    }, [points, currency]);

    return (
        <figure className="chart">
            <div ref={box} role="img" aria-label={`Net revenue and orders per day, ${points.length} days`} />
            <details>
                <summary>The numbers as a table</summary>
                <table aria-label="Revenue per day" className="compact">
                    <thead><tr><th>Day</th><th>Gross</th><th>Refunded</th><th>Net</th><th>Orders</th></tr></thead>
                    <tbody>
                        {points.map((p) => (
                            <tr key={p.start} data-start={p.start} data-net={p.net}>
                                <td>{new Date(p.start).toLocaleDateString()}</td>
                                <td>{formatMoney(p.gross, currency)}</td>
                                <td>{formatMoney(p.refunded, currency)}</td>
                                <td data-label="Net">{formatMoney(p.net, currency)}</td>
                                <td>{p.orders}</td>
                            </tr>
                        ))}
                    </tbody>
                </table>
            </details>
        </figure>
    );
}
