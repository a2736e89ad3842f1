import { useEffect, useState, type ReactNode } from "react";
import { type CursorPage } from "../api.ts";
import { ErrorNotice } from "../ui.tsx";

export interface Column<T> {
    label: string;
    render: (row: T) => ReactNode;
}

/** A table that becomes one card per row on narrow screens (column names beside the values). */
export function DataTable<T>({ label, rows, columns, rowKey, actions, rowProps }: {
    label: string;
    rows: T[];
    columns: Column<T>[];
    rowKey: (row: T) => string;
    actions?: (row: T) => ReactNode;
    rowProps?: (row: T) => Record<string, string>;
}) {
    return (
        <table className="responsive" aria-label={label}>
            <thead>
                <tr>
                    {columns.map((c) => <th key={c.label}>{c.label}</th>)}
                    {actions && <th><span className="sr-only">Actions</span></th>}
                </tr>
            </thead>
            <tbody>
                {rows.map((row) => (
                    <tr key={rowKey(row)} {...rowProps?.(row)}>
                        {columns.map((c) => <td key={c.label} data-label={c.label}>{c.render(row)}</td>)}
                        {actions && <td className="row-actions">{actions(row)}</td>}
                    </tr>
                ))}
            </tbody>
        </table>
    );
}

/** Loading, error (403 explained as a missing permission) and empty states in words; the content otherwise. */
export function ListState({ loading, error, empty, what, need, emptyText, children }: {
    loading: boolean; error: unknown; empty: boolean; what: string; need?: string; emptyText?: string; children: ReactNode;
}) {
    if (error) return <ErrorNotice error={error} need={need} />;
    if (loading) return <p role="status">Loading {what}…</p>;
    if (empty) return <p className="empty">{emptyText ?? `No ${what} yet.`}</p>;
    return <>{children}</>;
}

/** A cursor-paged list: the current page and the cursor it was loaded with; reload keeps the cursor. */
export function useCursorPage<T>(load: (cursor: { after?: string; before?: string }) => Promise<CursorPage<T>>, deps: ReadonlyArray<unknown>) {
    const [cursor, setCursor] = useState<{ after?: string; before?: string }>({});
    const [state, setState] = useState<{ page?: CursorPage<T>; error: unknown; loading: boolean }>({ error: undefined, loading: true });
    const [version, setVersion] = useState(0);
    // A change of filter starts again at the first page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    useEffect(() => setCursor({}), deps);
    useEffect(() => {
        let live = true;
        setState((s) => ({ ...s, loading: true }));
        load(cursor).then(
            (page) => live && setState({ page, error: undefined, loading: false }),
            (error: unknown) => live && setState({ error, loading: false }),
        );
        return () => { live = false; };
        // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [...deps, cursor, version]);
    const page = state.page;
    return {
        ...state,
        items: page?.items ?? [],
        reload: () => setVersion((v) => v + 1),
        // Walking forward: more lies beyond when hasMore; walking back, the page we came from is always there.
        next: page?.nextCursor && (cursor.before || page.hasMore) ? () => setCursor({ after: page.nextCursor! }) : undefined,
        previous: page?.previousCursor && (cursor.after || (cursor.before && page.hasMore)) ? () => setCursor({ before: page.previousCursor! }) : undefined,
    };
}

export function Pager({ next, previous }: { next?: () => void; previous?: () => void }) {
    if (!next && !previous) return null;
    return (
        <nav className="pager" aria-label="Pages">
            <button type="button" disabled={!previous} onClick={previous}>‹ Previous</button>
            <button type="button" disabled={!next} onClick={next}>Next ›</button>
        </nav>
    );
}
