import { type ReactNode } from "react";
import { type PackageCommandDto } from "@fluxstore/client";

export const placeholders = ["{username}", "{uuid}", "{orderId}", "{packageName}", "{quantity}"];
const stages = [
    { value: "purchase", label: "On purchase" },
    { value: "renewal", label: "On renewal" },
    { value: "expiry", label: "On expiry" },
    { value: "refund", label: "On refund" },
];

/**
 * A package's commands: when each runs (stage), what it runs (content with placeholders), whether the player must be
 * online, and on which game servers (none chosen: the package's servers, or every server).
 */
export function CommandsEditor({ value, onChange, servers, describedBy }: {
    value: PackageCommandDto[];
    onChange: (value: PackageCommandDto[]) => void;
    servers: ReadonlyArray<{ id: string; name: string }>;
    describedBy: string;
}) {
    const set = (i: number, patch: Partial<PackageCommandDto>) => onChange(value.map((c, j) => (j === i ? { ...c, ...patch } : c)));
    return (
        <fieldset aria-describedby={describedBy}>
            <legend>Commands</legend>
            <p className="hint">
                Run on the game servers by the plugin. Placeholders: {placeholders.map((p) => <code key={p}>{p}</code>).reduce<ReactNode[]>((a, p, i) => (i ? [...a, ", ", p] : [p]), [])}.
            </p>
            {value.length === 0 && <p className="hint">No commands: the package delivers nothing in game.</p>}
            <ol className="commands">
                {value.map((c, i) => (
                    <li key={i} className="command">
                        <label>Stage
                            <select aria-label={`Command ${i + 1} stage`} value={c.stage ?? "purchase"} onChange={(e) => set(i, { stage: e.target.value })}>
                                {stages.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
                            </select>
                        </label>
                        <label className="grow">Command
                            <input aria-label={`Command ${i + 1} content`} value={c.content ?? ""} placeholder="lp user {username} parent add vip"
                                onChange={(e) => set(i, { content: e.target.value })} />
                        </label>
                        <label className="check">
                            <input type="checkbox" checked={c.onlineOnly ?? false} onChange={(e) => set(i, { onlineOnly: e.target.checked })} /> Only while the player is online
                        </label>
                        {servers.length > 0 && (
                            <div className="choices" role="group" aria-label={`Command ${i + 1} servers`}>
                                <span className="hint">Only on (none: all the package's servers):</span>
                                {servers.map((s) => (
                                    <label key={s.id} className="check">
                                        <input type="checkbox" checked={c.serverIds?.includes(s.id) ?? false}
                                            onChange={(e) => set(i, { serverIds: e.target.checked ? [...(c.serverIds ?? []), s.id] : (c.serverIds ?? []).filter((x) => x !== s.id) })} /> {s.name}
                                    </label>
                                ))}
                            </div>
                        )}
                        <button type="button" className="danger" onClick={() => onChange(value.filter((_, j) => j !== i))}>Remove command {i + 1}</button>
                    </li>
                ))}
            </ol>
            <button type="button" onClick={() => onChange([...value, { stage: "purchase", content: "", onlineOnly: false, serverIds: [] }])}>Add command</button>
        </fieldset>
    );
}

/** The page's check of the commands before sending. */
export function commandsProblem(value: unknown): string | undefined {
    const commands = (value ?? []) as PackageCommandDto[];
    const empty = commands.findIndex((c) => !c.content?.trim());
    if (empty >= 0) return `Command ${empty + 1} needs its content (or remove it).`;
    if (commands.some((c) => (c.content ?? "").length > 1000)) return "A command may be at most 1000 characters.";
    return undefined;
}
