import { useState } from "react";
import { ServersClient, StorePackagesClient, type PackageDto } from "@fluxstore/client";
import { formatMoney, session } from "../../api.ts";
import { StatusBadge } from "../../components/Badge.tsx";
import { DataTable, ListState } from "../../components/DataTable.tsx";
import { useCatalogue } from "../../components/useCatalogue.ts";
import { ConfirmDialog, ErrorNotice, useLoad } from "../../ui.tsx";
import { PackageForm } from "./PackageForm.tsx";
import { type StorePageProps } from "./types.ts";

export function PackagesPage({ storeId, store }: StorePageProps) {
    const client = new StorePackagesClient(session);
    const list = useLoad(async () => [...(await client.list(storeId)).data ?? []].sort((a, b) => a.sortOrder - b.sortOrder), [storeId]);
    const catalogue = useCatalogue(storeId);
    const servers = useLoad(async () => (await new ServersClient(session).list(storeId)).data ?? [], [storeId]);
    const [editing, setEditing] = useState<{ row?: PackageDto }>();
    const [removing, setRemoving] = useState<PackageDto>();
    const [moveError, setMoveError] = useState<unknown>();
    const [moving, setMoving] = useState(false);
    const rows = list.data ?? [];
    const money = (n: number) => formatMoney(n, store?.currency);

    async function move(index: number, by: number) {
        const order = rows.map((p) => p.id);
        [order[index], order[index + by]] = [order[index + by], order[index]];
        setMoving(true);
        setMoveError(undefined);
        try {
            await client.sortOrder(storeId, { packageIds: order });
            list.reload();
        } catch (e) {
            setMoveError(e);
        } finally {
            setMoving(false);
        }
    }

    return (
        <>
            <p className="crumbs">Dashboard › {store?.name ?? "Store"} › Packages</p>
            <div className="heading">
                <h1>Packages</h1>
                <button type="button" className="primary" onClick={() => setEditing({})}>New package</button>
            </div>
            <p className="hint">Listed in the store in this order: move a package up or down to change it.</p>
            <ErrorNotice error={moveError} />
            <ListState loading={list.loading && !list.data} error={list.error} empty={rows.length === 0} what="packages" need="Packages: View">
                <DataTable label="Packages" rows={rows} rowKey={(p) => p.id} rowProps={(p) => ({ "data-name": p.name })}
                    columns={[
                        { label: "Name", render: (p) => p.name },
                        { label: "Price", render: (p) => (p.salePrice != null ? <><s>{money(p.price)}</s> {money(p.salePrice)}</> : money(p.price)) },
                        { label: "Category", render: (p) => p.categoryName ?? "—" },
                        { label: "Commands", render: (p) => (p.commands.length > 0 && p.serverIds.length === 0 ? <>{p.commands.length} <span className="hint">(no server: none run)</span></> : `${p.commands.length} on ${p.serverIds.length} server${p.serverIds.length === 1 ? "" : "s"}`) },
                        { label: "Type", render: (p) => (p.isSubscription ? `Every ${p.subscriptionInterval?.value} ${p.subscriptionInterval?.unit}` : "One-off") },
                        { label: "Status", render: (p) => <StatusBadge status={p.isActive ? "Active" : "Inactive"} /> },
                    ]}
                    actions={(p) => {
                        const i = rows.indexOf(p);
                        return (
                            <>
                                <button type="button" disabled={moving || i === 0} onClick={() => void move(i, -1)} aria-label={`Move ${p.name} up`}>↑</button>
                                <button type="button" disabled={moving || i === rows.length - 1} onClick={() => void move(i, 1)} aria-label={`Move ${p.name} down`}>↓</button>
                                <button type="button" onClick={() => setEditing({ row: p })} aria-label={`Edit ${p.name}`}>Edit</button>
                                <button type="button" className="danger" onClick={() => setRemoving(p)} aria-label={`Delete ${p.name}`}>Delete</button>
                            </>
                        );
                    }} />
            </ListState>
            {editing && (
                <PackageForm storeId={storeId} editing={editing.row} currency={store?.currency} categories={catalogue.categoryOptions}
                    servers={servers.data ?? []} onClose={() => setEditing(undefined)}
                    onSaved={() => { setEditing(undefined); list.reload(); }} />
            )}
            {removing && (
                <ConfirmDialog title="Delete this package?"
                    text={<><strong>{removing.name}</strong> can no longer be bought. Existing orders keep its name and price.</>}
                    confirmLabel="Delete package" onClose={() => setRemoving(undefined)}
                    onConfirm={async () => { await client.delete(storeId, removing.id); list.reload(); }} />
            )}
        </>
    );
}
