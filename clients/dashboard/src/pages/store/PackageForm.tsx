import { StorePackagesClient, type PackageCommandDto, type PackageDto } from "@fluxstore/client";
import { session } from "../../api.ts";
import { FormDialog } from "../../components/FormDialog.tsx";
import { ids, num, str, type FieldSpec, type Values } from "../../components/fields.tsx";
import { CommandsEditor, commandsProblem } from "./CommandsEditor.tsx";

/** Create or edit a package, with its commands and servers. */
export function PackageForm({ storeId, editing, currency, categories, servers, onClose, onSaved }: {
    storeId: string;
    editing?: PackageDto;
    currency?: string;
    categories: ReadonlyArray<{ value: string; label: string }>;
    servers: ReadonlyArray<{ id: string; name: string }>;
    onClose: () => void;
    onSaved: () => void;
}) {
    const p = editing;
    const fields: FieldSpec[] = [
        { name: "name", label: "Name", kind: "text", required: true, maxLength: 100 },
        { name: "price", label: `Price (${currency ?? "store currency"})`, kind: "money", required: true },
        { name: "description", label: "Description", kind: "textarea", maxLength: 5000 },
        { name: "categoryId", label: "Category", kind: "select", options: [{ value: "", label: "No category" }, ...categories] },
        { name: "isActive", label: "Active (can be bought)", kind: "checkbox" },
        { name: "isSubscription", label: "Subscription (renews every period)", kind: "checkbox" },
        { name: "intervalValue", label: "Period length", kind: "number", min: 1, max: 365, required: true, show: (v) => Boolean(v.isSubscription), alsoNamed: ["subscriptionInterval"] },
        { name: "intervalUnit", label: "Period unit", kind: "select", show: (v) => Boolean(v.isSubscription),
            options: ["day", "week", "month", "year"].map((u) => ({ value: u, label: u })) },
        { name: "perUserLimit", label: "Limit per player", kind: "number", min: 1, max: 1_000_000, hint: "Empty: no limit." },
        { name: "globalLimit", label: "Limit in total", kind: "number", min: 1, max: 1_000_000, hint: "Empty: no limit." },
        { name: "serverIds", label: "Game servers", kind: "multi", alsoNamed: ["servers"], options: servers.map((s) => ({ value: s.id, label: s.name })),
            hint: "Where the commands run. A package without a server queues no commands." },
        { name: "commands", label: "Commands", kind: "custom", validate: commandsProblem, alsoNamed: ["stage", "content"],
            render: (value, onChange, describedBy) => <CommandsEditor value={(value ?? []) as PackageCommandDto[]} onChange={onChange} servers={servers} describedBy={describedBy} /> },
    ];
    const initial: Values = {
        name: p?.name ?? "", price: p ? p.price.toFixed(2) : "", description: p?.description ?? "", categoryId: p?.categoryId ?? "",
        isActive: p?.isActive ?? true, isSubscription: p?.isSubscription ?? false,
        intervalValue: String(p?.subscriptionInterval?.value ?? 1), intervalUnit: p?.subscriptionInterval?.unit ?? "month",
        perUserLimit: p?.perUserLimit?.toString() ?? "", globalLimit: p?.globalLimit?.toString() ?? "",
        serverIds: p?.serverIds ?? [], commands: p?.commands ?? [],
    };
    return (
        <FormDialog title={p ? `Edit package ${p.name}` : "New package"} fields={fields} initial={initial}
            submitLabel={p ? "Save changes" : "Create package"} onClose={onClose}
            onSubmit={async (v) => {
                const subscription = Boolean(v.isSubscription);
                const body = {
                    name: str(v.name), price: num(v.price), description: str(v.description), categoryId: str(v.categoryId),
                    isActive: Boolean(v.isActive), isSubscription: subscription,
                    subscriptionInterval: subscription ? { value: num(v.intervalValue) ?? 1, unit: String(v.intervalUnit) } : null,
                    perUserLimit: num(v.perUserLimit), globalLimit: num(v.globalLimit), serverIds: ids(v.serverIds),
                    commands: ((v.commands ?? []) as PackageCommandDto[]).map((c) => ({ ...c, content: c.content?.trim() })),
                };
                const client = new StorePackagesClient(session);
                if (p) await client.update(storeId, p.id, body); else await client.create(storeId, body);
                onSaved();
            }} />
    );
}
