import { type ReactNode } from "react";

export type Values = Record<string, unknown>;

export interface FieldSpec {
    /** The wire name (the API's 400 messages name it), e.g. "discountValue". */
    name: string;
    /** Other names the API's messages use for this field (e.g. "subscriptionInterval" for a period field). */
    alsoNamed?: string[];
    label: string;
    kind: "text" | "textarea" | "number" | "money" | "checkbox" | "datetime" | "select" | "multi" | "custom";
    options?: ReadonlyArray<{ value: string; label: string }>;
    required?: boolean;
    min?: number;
    max?: number;
    maxLength?: number;
    hint?: ReactNode;
    placeholder?: string;
    show?: (values: Values) => boolean;
    validate?: (value: unknown, values: Values) => string | undefined;
    render?: (value: unknown, onChange: (value: unknown) => void, describedBy: string) => ReactNode;
}

/** The page's own check of one field, before sending (the API checks again). */
export function validateField(f: FieldSpec, value: unknown, values: Values): string | undefined {
    const text = typeof value === "string" ? value.trim() : "";
    if (f.kind === "multi" && f.required && (!Array.isArray(value) || value.length === 0)) return `Choose at least one: ${f.label}.`;
    if (["text", "textarea", "number", "money", "datetime", "select"].includes(f.kind)) {
        if (f.required && !text) return `${f.label} is required.`;
        if (text && f.maxLength && text.length > f.maxLength) return `${f.label} must be at most ${f.maxLength} characters.`;
        if (text && (f.kind === "number" || f.kind === "money")) {
            const n = Number(text);
            if (!Number.isFinite(n)) return `${f.label} must be a number.`;
            if (f.kind === "number" && !Number.isInteger(n)) return `${f.label} must be a whole number.`;
            if (f.kind === "money" && !/^\d+(\.\d{1,2})?$/.test(text)) return `${f.label} must be an amount with at most 2 decimals, not negative.`;
            if (f.min !== undefined && n < f.min) return `${f.label} must be at least ${f.min}.`;
            if (f.max !== undefined && n > f.max) return `${f.label} must be at most ${f.max}.`;
        }
    }
    return f.validate?.(value, values);
}

export function FieldInput({ field: f, value, errors, onChange }: {
    field: FieldSpec; value: unknown; errors?: string[]; onChange: (value: unknown) => void;
}) {
    const id = `field-${f.name}`;
    const errorId = `${id}-error`;
    const invalid = (errors?.length ?? 0) > 0;
    const common = { id, "aria-invalid": invalid || undefined, "aria-describedby": invalid ? errorId : undefined };
    const text = typeof value === "string" ? value : value === undefined || value === null ? "" : String(value);
    const problem = invalid && <span className="field-error" id={errorId}>{errors!.join(" ")}</span>;
    const hint = f.hint && <span className="hint">{f.hint}</span>;

    if (f.kind === "checkbox") {
        return (
            <div className="field">
                <label className="check"><input type="checkbox" {...common} checked={Boolean(value)} onChange={(e) => onChange(e.target.checked)} /> {f.label}</label>
                {hint}{problem}
            </div>
        );
    }
    if (f.kind === "multi") {
        const chosen = Array.isArray(value) ? (value as string[]) : [];
        return (
            <fieldset id={id} aria-invalid={invalid || undefined} aria-describedby={invalid ? errorId : undefined}>
                <legend>{f.label}</legend>
                {(f.options ?? []).length === 0 && <span className="hint">Nothing to choose from yet.</span>}
                <div className="choices">
                    {(f.options ?? []).map((o) => (
                        <label key={o.value} className="check">
                            <input type="checkbox" checked={chosen.includes(o.value)}
                                onChange={(e) => onChange(e.target.checked ? [...chosen, o.value] : chosen.filter((c) => c !== o.value))} /> {o.label}
                        </label>
                    ))}
                </div>
                {hint}{problem}
            </fieldset>
        );
    }
    if (f.kind === "custom") {
        return <div className="field" id={id}>{f.render!(value, onChange, errorId)}{problem}</div>;
    }

    let input: ReactNode;
    if (f.kind === "textarea") {
        input = <textarea {...common} value={text} rows={3} placeholder={f.placeholder} onChange={(e) => onChange(e.target.value)} />;
    } else if (f.kind === "select") {
        input = (
            <select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
                {f.options!.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
        );
    } else {
        const type = f.kind === "datetime" ? "datetime-local" : "text";
        const inputMode = f.kind === "money" ? "decimal" : f.kind === "number" ? "numeric" : undefined;
        input = <input {...common} type={type} inputMode={inputMode} value={text} placeholder={f.placeholder} onChange={(e) => onChange(e.target.value)} />;
    }
    return (
        <div className="field">
            <label htmlFor={id}>{f.label}{f.required || f.kind === "select" ? "" : " (optional)"}</label>
            {input}{hint}{problem}
        </div>
    );
}

/** Form text to wire values. */
export const num = (v: unknown): number | null => (typeof v === "string" && v.trim() !== "" ? Number(v) : null);
export const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
export const ids = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);
