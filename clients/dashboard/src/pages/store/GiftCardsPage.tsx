import { useState } from "react";
import { GiftCardCodesClient, StoreGiftCardsClient, type GiftCardDto } from "@fluxstore/client";
import { asCursorPage, formatDate, formatMoney, fromLocalInput, session, toLocalInput } from "../../api.ts";
import { StatusBadge } from "../../components/Badge.tsx";
import { ResourcePage, type ResourceConfig } from "../../components/ResourcePage.tsx";
import { ids, num, str, type FieldSpec } from "../../components/fields.tsx";
import { scopeFields, scopeText } from "../../components/scope.ts";
import { useCatalogue } from "../../components/useCatalogue.ts";
import { ConfirmDialog, Modal } from "../../ui.tsx";
import { type StorePageProps } from "./types.ts";

const cardName = (g: GiftCardDto) => g.recipientName ?? `card ${g.id.slice(-6)}`;

export function GiftCardsPage({ storeId, store }: StorePageProps) {
    const client = new StoreGiftCardsClient(session);
    const catalogue = useCatalogue(storeId);
    const [revealing, setRevealing] = useState<GiftCardDto>();
    const [code, setCode] = useState<{ card: GiftCardDto; code: string }>();
    const money = (n: number) => formatMoney(n, store?.currency);
    const editable: FieldSpec[] = [
        { name: "recipientName", label: "Recipient name", kind: "text", maxLength: 100 },
        { name: "recipientEmail", label: "Recipient email", kind: "text", maxLength: 254,
            validate: (v) => (str(v) && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(v).trim()) ? "Enter an email address like name@example.com." : undefined) },
        { name: "message", label: "Message", kind: "textarea", maxLength: 500 },
        { name: "expiresAt", label: "Expires", kind: "datetime", hint: "Empty: never.",
            validate: (v) => (v && new Date(String(v)).getTime() <= Date.now() ? "The expiry must be in the future." : undefined) },
    ];
    const config: ResourceConfig<GiftCardDto> = {
        title: "Gift cards", one: "gift card", many: "gift cards", area: "GiftCards",
        load: async ({ after, before }) => asCursorPage((await client.list(storeId, undefined, undefined, undefined, undefined, undefined, 25, after, before)).data),
        rowKey: (g) => g.id,
        rowName: cardName,
        columns: [
            { label: "Recipient", render: (g) => g.recipientName ?? "—" },
            { label: "Balance", render: (g) => `${money(g.balance)} of ${money(g.amount)}` },
            { label: "Applies to", render: (g) => scopeText(g.applicationScope, g.packageIds, g.categoryIds) },
            { label: "Expires", render: (g) => (g.expiresAt ? formatDate(g.expiresAt) : "Never") },
            { label: "Status", render: (g) => <StatusBadge status={g.status} /> },
        ],
        fields: (g) => g
            ? [...editable, { name: "isEnabled", label: "Enabled", kind: "checkbox" }]
            : [{ name: "amount", label: `Amount (${store?.currency ?? "store currency"})`, kind: "money", required: true, validate: (v) => (Number(v) <= 0 ? "The amount must be above 0." : undefined) },
                ...scopeFields(catalogue.packageOptions, catalogue.categoryOptions), ...editable],
        initial: (g) => ({
            amount: "", applicationScope: g?.applicationScope ?? "store", packageIds: g?.packageIds ?? [], categoryIds: g?.categoryIds ?? [],
            recipientName: g?.recipientName ?? "", recipientEmail: g?.recipientEmail ?? "", message: g?.message ?? "",
            expiresAt: toLocalInput(g?.expiresAt), isEnabled: g?.isEnabled ?? true,
        }),
        save: async (v, g) => {
            const common = { recipientName: str(v.recipientName), recipientEmail: str(v.recipientEmail), message: str(v.message), expiresAt: fromLocalInput(String(v.expiresAt)) };
            if (g) {
                await client.update(storeId, g.id, { ...common, isEnabled: Boolean(v.isEnabled) });
                return;
            }
            const scope = String(v.applicationScope);
            await client.create(storeId, {
                ...common, amount: num(v.amount), applicationScope: scope,
                packageIds: scope === "packages" ? ids(v.packageIds) : null, categoryIds: scope === "categories" ? ids(v.categoryIds) : null,
            });
        },
        remove: async (g) => { await client.delete(storeId, g.id); },
        extraActions: (g) => <button type="button" onClick={() => setRevealing(g)} aria-label={`Reveal code of ${cardName(g)}`}>Reveal code</button>,
        intro: <p className="hint">A gift card's code is never listed. Reveal it to hand it over: every reveal is recorded in the audit log with your name.</p>,
        deps: [catalogue.packages.length, catalogue.categories.length],
    };
    return (
        <>
            <ResourcePage config={config} storeName={store?.name} />
            {revealing && (
                <ConfirmDialog title="Reveal this gift card's code?"
                    text={<>Anyone with the code can spend the balance of <strong>{cardName(revealing)}</strong>. The reveal is recorded in the audit log with your name.</>}
                    confirmLabel="Reveal code" onClose={() => setRevealing(undefined)}
                    onConfirm={async () => {
                        const answer = await new GiftCardCodesClient(session).revealCode(storeId, revealing.id);
                        setCode({ card: revealing, code: answer.data!.code });
                    }} />
            )}
            {code && (
                <Modal title="Gift card code" onClose={() => setCode(undefined)}>
                    <p>The code of <strong>{cardName(code.card)}</strong> ({money(code.card.balance)} left):</p>
                    <div className="secret"><code data-testid="gift-card-code">{code.code}</code></div>
                    <div className="actions"><button type="button" className="primary" onClick={() => setCode(undefined)}>Close</button></div>
                </Modal>
            )}
        </>
    );
}
