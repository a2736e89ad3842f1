import { useState } from "react";
import { AuditClient, type AuditEntryDto } from "@fluxstore/client";
import { asCursorPage, formatDate, session } from "../../api.ts";
import { DataTable, ListState, Pager, useCursorPage } from "../../components/DataTable.tsx";
import { type StorePageProps } from "./types.ts";

interface Filter {
    actorUserId?: string;
    actorApiKeyId?: string;
    targetType?: string;
    targetId?: string;
    /** What the filter shows in words. */
    label?: string;
}

const actorOf = (a: AuditEntryDto) =>
    a.actorKind === "ApiKey" ? `API key ${a.actorName ?? a.actorApiKeyId}` : a.actorKind === "System" ? "FluxStore" : a.actorDisplayName ?? a.actorName ?? a.actorEmail ?? "A member";

/** Who did what in the store, newest first; narrowed to one actor or one resource from any row. */
export function AuditPage({ storeId, store }: StorePageProps) {
    const [filter, setFilter] = useState<Filter>({});
    const log = useCursorPage<AuditEntryDto>(async ({ after, before }) => asCursorPage(
        (await new AuditClient(session).list(storeId, undefined, filter.actorUserId, filter.actorApiKeyId, filter.targetType, filter.targetId,
            undefined, undefined, undefined, 50, after, before)).data), [storeId, filter]);

    return (
        <>
            <p className="crumbs">Dashboard › {store?.name ?? "Store"} › Audit log</p>
            <h1>Audit log</h1>
            <p className="hint">Every change to the store, by a member or an API key, newest first. Use a row's buttons to see only that actor or that resource.</p>
            {filter.label && (
                <p className="notice info" role="status">
                    Showing only {filter.label}. <button type="button" className="link" onClick={() => setFilter({})}>Show everything</button>
                </p>
            )}
            <ListState loading={log.loading && !log.page} error={log.error} empty={log.items.length === 0} what="audit entries" need="Stores: View">
                <DataTable label="Audit log" rows={log.items} rowKey={(a) => a.id} rowProps={(a) => ({ "data-action": a.action })}
                    columns={[
                        { label: "When", render: (a) => formatDate(a.createdAt) },
                        { label: "Who", render: actorOf },
                        { label: "Action", render: (a) => <code>{a.action}</code> },
                        { label: "Resource", render: (a) => <>{a.targetType}{a.targetId && <> <code className="hint">{a.targetId}</code></>}</> },
                    ]}
                    actions={(a) => (
                        <>
                            {(a.actorUserId || a.actorApiKeyId) && (
                                <button type="button" onClick={() => setFilter({ actorUserId: a.actorUserId ?? undefined, actorApiKeyId: a.actorApiKeyId ?? undefined, label: `what ${actorOf(a)} did` })}>
                                    Same actor
                                </button>
                            )}
                            <button type="button" onClick={() => setFilter({ targetType: a.targetType, targetId: a.targetId ?? undefined, label: `changes to this ${a.targetType}` })}>
                                Same resource
                            </button>
                        </>
                    )} />
                <Pager next={log.next} previous={log.previous} />
            </ListState>
        </>
    );
}
