import { useEffect, useRef, useState, type ReactNode } from "react";
import { describeError } from "./api.ts";

/** An API error in plain words (never the raw JSON body). */
export function ErrorNotice({ error, need }: { error: unknown; need?: string }) {
    if (error === undefined || error === null) return null;
    const problem = describeError(error);
    return (
        <div className="notice error" role="alert">
            <strong>{problem.title}</strong>
            {problem.status === 403 && need && (
                <p>Your membership in this store lacks the <strong>{need}</strong> permission. Ask the store's owner to grant it on the Members page.</p>
            )}
            {problem.details.length > 0 && (
                <ul>
                    {problem.details.map((d, i) => <li key={i}>{d}</li>)}
                </ul>
            )}
        </div>
    );
}

/** A modal dialog on the native <dialog> element. */
export function Modal({ title, children, onClose, label }: { title: string; children: ReactNode; onClose: () => void; label?: string }) {
    const ref = useRef<HTMLDialogElement>(null);
    useEffect(() => {
        const dialog = ref.current;
        if (dialog && !dialog.open) dialog.showModal();
        return () => dialog?.close();
    }, []);
    return (
        <dialog ref={ref} aria-label={label ?? title} onCancel={(e) => { e.preventDefault(); onClose(); }}>
            <h2>{title}</h2>
            {children}
        </dialog>
    );
}

/** Asks before a destructive or irreversible action. */
export function ConfirmDialog({ title, text, confirmLabel, onConfirm, onClose }: {
    title: string; text: ReactNode; confirmLabel: string; onConfirm: () => Promise<void>; onClose: () => void;
}) {
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState<unknown>();
    return (
        <Modal title={title} onClose={onClose}>
            <p>{text}</p>
            <ErrorNotice error={error} />
            <div className="actions">
                <button type="button" onClick={onClose} disabled={busy}>Cancel</button>
                <button type="button" className="danger" disabled={busy} onClick={async () => {
                    setBusy(true);
                    setError(undefined);
                    try {
                        await onConfirm();
                        onClose();
                    } catch (e) {
                        setError(e);
                        setBusy(false);
                    }
                }}>{confirmLabel}</button>
            </div>
        </Modal>
    );
}

/** Shows a key exactly once, with a copy button and a warning. */
export function SecretDialog({ title, secret, what, onClose, note }: { title: string; secret: string; what: string; onClose: () => void; note?: string }) {
    const [copied, setCopied] = useState<"no" | "yes" | "failed">("no");
    return (
        <Modal title={title} onClose={onClose} label="Key shown once">
            <p className="notice warning" role="note">
                Copy this {what} now. It is shown <strong>only once</strong> and cannot be recovered{note ?? ": FluxStore keeps only a hash"}.
                If you lose it, regenerate or create a new one.
            </p>
            <div className="secret">
                <code data-testid="secret">{secret}</code>
                <button type="button" onClick={async () => {
                    try {
                        await navigator.clipboard.writeText(secret);
                        setCopied("yes");
                    } catch {
                        setCopied("failed");
                    }
                }}>Copy</button>
            </div>
            <p aria-live="polite" className="hint">
                {copied === "yes" ? "Copied to the clipboard." : copied === "failed" ? "The browser refused the clipboard: select the key and copy it by hand." : "\u00a0"}
            </p>
            <div className="actions">
                <button type="button" className="primary" onClick={onClose}>I have stored it safely</button>
            </div>
        </Modal>
    );
}

/** Runs an async load and keeps its result, error and a reload function. */
export function useLoad<T>(load: () => Promise<T>, deps: ReadonlyArray<unknown>): { data?: T; error: unknown; loading: boolean; reload: () => void } {
    const [state, setState] = useState<{ data?: T; error: unknown; loading: boolean }>({ error: undefined, loading: true });
    const [version, setVersion] = useState(0);
    useEffect(() => {
        let live = true;
        setState((s) => ({ ...s, loading: true }));
        load().then(
            (data) => live && setState({ data, error: undefined, loading: false }),
            (error: unknown) => live && setState({ error, loading: false }),
        );
        return () => { live = false; };
        // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [...deps, version]);
    return { ...state, reload: () => setVersion((v) => v + 1) };
}
