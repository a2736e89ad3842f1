import { useState, type FormEvent } from "react";
import { StoreOrdersClient, type OrderDetailDto } from "@fluxstore/client";
import { formatMoney, session } from "../../api.ts";
import { ErrorNotice, Modal } from "../../ui.tsx";

/** Refund the whole order or chosen items, with a reason. */
export function RefundDialog({ storeId, order, onClose, onRefunded }: {
    storeId: string; order: OrderDetailDto; onClose: () => void; onRefunded: () => void;
}) {
    const open = order.items.filter((i) => !i.refundedAt);
    const [whole, setWhole] = useState(true);
    const [chosen, setChosen] = useState<string[]>([]);
    const [reason, setReason] = useState("");
    const [problem, setProblem] = useState<string>();
    const [error, setError] = useState<unknown>();
    const [busy, setBusy] = useState(false);

    async function submit(event: FormEvent) {
        event.preventDefault();
        setError(undefined);
        if (!whole && chosen.length === 0) return setProblem("Choose at least one item to refund.");
        if (reason.length > 500) return setProblem("The reason may be at most 500 characters.");
        setProblem(undefined);
        setBusy(true);
        try {
            await new StoreOrdersClient(session).refund(storeId, order.id, { itemIds: whole ? null : chosen, reason: reason.trim() || null });
            onRefunded();
        } catch (e) {
            setError(e);
            setBusy(false);
        }
    }

    return (
        <Modal title="Refund this order?" onClose={onClose}>
            <form onSubmit={submit} noValidate>
                <fieldset>
                    <legend>What to refund</legend>
                    <label className="check"><input type="radio" name="what" checked={whole} onChange={() => setWhole(true)} /> The whole order (everything not yet refunded)</label>
                    <label className="check"><input type="radio" name="what" checked={!whole} onChange={() => setWhole(false)} /> Chosen items</label>
                    {!whole && (
                        <div className="choices" role="group" aria-label="Items to refund" aria-describedby={problem ? "refund-problem" : undefined}>
                            {open.map((i) => (
                                <label key={i.id} className="check">
                                    <input type="checkbox" checked={chosen.includes(i.id)}
                                        onChange={(e) => setChosen(e.target.checked ? [...chosen, i.id] : chosen.filter((c) => c !== i.id))} />
                                    {" "}{i.quantity} × {i.packageName} ({formatMoney(i.priceAtPurchase * i.quantity, order.paymentCurrency)})
                                </label>
                            ))}
                        </div>
                    )}
                </fieldset>
                <label htmlFor="refund-reason">Reason (optional)</label>
                <textarea id="refund-reason" rows={2} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
                {problem && <span className="field-error" id="refund-problem" role="alert">{problem}</span>}
                <p className="hint">The refund commands of the refunded packages are queued for the game servers; commands not yet delivered are withdrawn.</p>
                <ErrorNotice error={error} />
                <div className="actions">
                    <button type="button" onClick={onClose} disabled={busy}>Cancel</button>
                    <button type="submit" className="danger" disabled={busy}>Refund</button>
                </div>
            </form>
        </Modal>
    );
}
