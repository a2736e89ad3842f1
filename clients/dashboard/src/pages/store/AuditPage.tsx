import { useState } from "react";
import { AuditClient } from "@fluxstore/client";
import { formatDate, session } from "../../api.ts";
import { DataTable, ListState } from "../../components/DataTable.tsx";
import { useLoad } from "../../ui.tsx";
import { type StorePageProps } from "./types.ts";

const take = 50;

/** Who did what in the store, newest first. */
export function AuditPage({ storeId, store }: StorePageProps) {
    const [skip, setSkip] = useState(0);
    const log = useLoad(async () => (await new AuditClient(session).list(storeId, undefined, skip, take, true)).data!, [storeId, skip]);
    const items = log.data?.items ?? [];
    const total = log.data?.total ?? 0;
    return (
        <>
            <p className="crumbs">Dashboard › {store?.name ?? "Store"} › Audit log</p>
            <h1>Audit log</h1>
            <p className="hint">Every change to the store, by a member or an API key, newest first.</p>
            <ListState loading={log.loading && !log.data} error={log.error} empty={items.length === 0} what="audit entries" need="Stores: View">
                <DataTable label="Audit log" rows={items} rowKey={(a) => a.id} columns={[
                    { label: "When", render: (a) => formatDate(a.createdAt) },
                    { label: "Who", render: (a) => a.actorDisplayName ?? a.actorEmail ?? "—" },
                    { label: "Action", render: (a) => a.action },
                    { label: "Resource", render: (a) => <>{a.targetType}{a.targetId && <> <code>{a.targetId}</code></>}</> },
                ]} />
                {total > take && (
                    <nav className="pager" aria-label="Pages">
                        <button type="button" disabled={skip === 0} onClick={() => setSkip(Math.max(0, skip - take))}>‹ Newer</button>
                        <span>{skip + 1}–{Math.min(skip + take, total)} of {total}</span>
                        <button type="button" disabled={skip + take >= total} onClick={() => setSkip(skip + take)}>Older ›</button>
                    </nav>
                )}
            </ListState>
        </>
    );
}
