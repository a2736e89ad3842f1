import { useState, type FormEvent, type ReactNode } from "react";
import { fieldProblems } from "../api.ts";
import { ErrorNotice, Modal } from "../ui.tsx";
import { FieldInput, validateField, type FieldSpec, type Values } from "./fields.tsx";

/**
 * A create/edit form in a dialog. Each field is checked in the page before anything is sent; the API's 400 messages
 * are shown beside the field they name (the rest above the buttons).
 */
export function FormDialog({ title, fields, initial, submitLabel, onSubmit, onClose, intro }: {
    title: string;
    fields: FieldSpec[];
    initial: Values;
    submitLabel: string;
    onSubmit: (values: Values) => Promise<void>;
    onClose: () => void;
    intro?: ReactNode;
}) {
    const [values, setValues] = useState<Values>(initial);
    const [errors, setErrors] = useState<Record<string, string[]>>({});
    const [error, setError] = useState<unknown>();
    const [rest, setRest] = useState<string[]>([]);
    const [busy, setBusy] = useState(false);
    const visible = fields.filter((f) => !f.show || f.show(values));

    async function submit(event: FormEvent) {
        event.preventDefault();
        const found: Record<string, string[]> = {};
        for (const f of visible) {
            const problem = validateField(f, values[f.name], values);
            if (problem) found[f.name] = [problem];
        }
        setErrors(found);
        setError(undefined);
        setRest([]);
        if (Object.keys(found).length > 0) {
            document.getElementById(`field-${visible.find((f) => found[f.name])!.name}`)?.focus();
            return;
        }

        setBusy(true);
        try {
            await onSubmit(values);
        } catch (e) {
            const names = visible.flatMap((f) => [f.name, ...(f.alsoNamed ?? [])]);
            const split = fieldProblems(e, names);
            if (split && Object.keys(split.byField).length > 0) {
                const byField: Record<string, string[]> = {};
                for (const [name, problems] of Object.entries(split.byField)) {
                    const owner = visible.find((f) => f.name === name || f.alsoNamed?.includes(name))!.name;
                    (byField[owner] ??= []).push(...problems);
                }
                setErrors(byField);
                setRest(split.rest);
            } else {
                setError(e);
            }
            setBusy(false);
        }
    }

    return (
        <Modal title={title} onClose={onClose}>
            {intro}
            <form onSubmit={submit} noValidate>
                {visible.map((f) => (
                    <FieldInput key={f.name} field={f} value={values[f.name]} errors={errors[f.name]}
                        onChange={(v) => setValues((old) => ({ ...old, [f.name]: v }))} />
                ))}
                <ErrorNotice error={error} />
                {rest.length > 0 && (
                    <div className="notice error" role="alert"><ul>{rest.map((r, i) => <li key={i}>{r}</li>)}</ul></div>
                )}
                <div className="actions">
                    <button type="button" onClick={onClose} disabled={busy}>Cancel</button>
                    <button type="submit" className="primary" disabled={busy}>{submitLabel}</button>
                </div>
            </form>
        </Modal>
    );
}
