const good = ["active", "paid", "delivered", "succeeded", "enabled", "pro"];
const bad = ["failed", "refunded", "cancelled", "disabled", "expired", "depleted", "dead"];

/** A status word as a coloured badge (green for a good state, red for an end state, grey otherwise). */
export function StatusBadge({ status }: { status: string }) {
    const key = status.toLowerCase();
    const tone = good.includes(key) ? "ok" : bad.includes(key) ? "bad" : "muted";
    const words = status.replace(/([a-z])([A-Z])/g, "$1 $2");
    return <span className={`badge ${tone}`}>{words.charAt(0).toUpperCase() + words.slice(1)}</span>;
}
