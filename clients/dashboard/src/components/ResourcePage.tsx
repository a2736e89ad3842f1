import { useState, type ReactNode } from "react";
import { type CursorPage } from "../api.ts";
import { ConfirmDialog } from "../ui.tsx";
import { DataTable, ListState, Pager, useCursorPage, type Column } from "./DataTable.tsx";
import { FormDialog } from "./FormDialog.tsx";
import { type FieldSpec, type Values } from "./fields.tsx";

/** What a list-create-edit-delete page needs to know about its resource. */
export interface ResourceConfig<T> {
    title: string;
    /** Singular and plural nouns for buttons and states ("coupon", "coupons"). */
    one: string;
    many: string;
    /** The permission area (for the 403 explanation). */
    area: string;
    load: (cursor: { after?: string; before?: string }) => Promise<CursorPage<T>>;
    columns: Column<T>[];
    rowKey: (row: T) => string;
    rowName: (row: T) => string;
    fields: (editing: T | undefined) => FieldSpec[];
    initial: (editing: T | undefined) => Values;
    save: (values: Values, editing: T | undefined) => Promise<void>;
    remove: (row: T) => Promise<void>;
    removeText?: (row: T) => ReactNode;
    /** Buttons beyond Edit and Delete (e.g. reveal a gift card's code). */
    extraActions?: (row: T) => ReactNode;
    intro?: ReactNode;
    /** Values the page depends on besides the store (reload when they change). */
    deps?: ReadonlyArray<unknown>;
}

export function ResourcePage<T>({ config: c, storeName }: { config: ResourceConfig<T>; storeName?: string }) {
    const list = useCursorPage(c.load, c.deps ?? []);
    const [editing, setEditing] = useState<{ row?: T }>();
    const [removing, setRemoving] = useState<T>();

    return (
        <>
            <p className="crumbs">Dashboard › {storeName ?? "Store"} › {c.title}</p>
            <div className="heading">
                <h1>{c.title}</h1>
                <button type="button" className="primary" onClick={() => setEditing({})}>New {c.one}</button>
            </div>
            {c.intro}
            <ListState loading={list.loading && !list.page} error={list.error} empty={list.items.length === 0} what={c.many} need={`${c.area}: View`}>
                <DataTable label={c.title} rows={list.items} columns={c.columns} rowKey={c.rowKey}
                    rowProps={(row) => ({ "data-name": c.rowName(row) })}
                    actions={(row) => (
                        <>
                            {c.extraActions?.(row)}
                            <button type="button" onClick={() => setEditing({ row })} aria-label={`Edit ${c.rowName(row)}`}>Edit</button>
                            <button type="button" className="danger" onClick={() => setRemoving(row)} aria-label={`Delete ${c.rowName(row)}`}>Delete</button>
                        </>
                    )} />
                <Pager next={list.next} previous={list.previous} />
            </ListState>
            {editing && (
                <FormDialog
                    title={editing.row ? `Edit ${c.one} ${c.rowName(editing.row)}` : `New ${c.one}`}
                    fields={c.fields(editing.row)}
                    initial={c.initial(editing.row)}
                    submitLabel={editing.row ? "Save changes" : `Create ${c.one}`}
                    onClose={() => setEditing(undefined)}
                    onSubmit={async (values) => {
                        await c.save(values, editing.row);
                        setEditing(undefined);
                        list.reload();
                    }} />
            )}
            {removing && (
                <ConfirmDialog
                    title={`Delete this ${c.one}?`}
                    text={c.removeText?.(removing) ?? <><strong>{c.rowName(removing)}</strong> is deleted. Existing orders keep what they recorded.</>}
                    confirmLabel={`Delete ${c.one}`}
                    onClose={() => setRemoving(undefined)}
                    onConfirm={async () => { await c.remove(removing); list.reload(); }} />
            )}
        </>
    );
}

/** An array answer (packages, categories) as a single cursor page. */
export function wholeList<T>(items: T[] | null | undefined): CursorPage<T> {
    return { items: items ?? [], hasMore: false, nextCursor: null, previousCursor: null };
}
