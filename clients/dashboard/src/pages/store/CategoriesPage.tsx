import { StoreCategoriesClient, type CategoryDto } from "@fluxstore/client";
import { session } from "../../api.ts";
import { ResourcePage, wholeList, type ResourceConfig } from "../../components/ResourcePage.tsx";
import { num, str } from "../../components/fields.tsx";
import { type StorePageProps } from "./types.ts";

export function CategoriesPage({ storeId, store }: StorePageProps) {
    const client = new StoreCategoriesClient(session);
    const config: ResourceConfig<CategoryDto> = {
        title: "Categories", one: "category", many: "categories", area: "Categories",
        load: async () => wholeList((await client.list(storeId)).data),
        rowKey: (c) => c.id,
        rowName: (c) => c.name,
        columns: [
            { label: "Name", render: (c) => c.name },
            { label: "Description", render: (c) => c.description ?? "—" },
            { label: "Shown", render: (c) => <span className={`badge ${c.isEnabled ? "ok" : "muted"}`}>{c.isEnabled ? "Enabled" : "Hidden"}</span> },
            { label: "Sort order", render: (c) => c.sortOrder },
            { label: "Packages", render: (c) => c.packageCount },
        ],
        fields: () => [
            { name: "name", label: "Name", kind: "text", required: true, maxLength: 100 },
            { name: "description", label: "Description", kind: "textarea", maxLength: 2000 },
            { name: "sortOrder", label: "Sort order", kind: "number", min: 0, hint: "Lower numbers are listed first." },
            { name: "isEnabled", label: "Enabled (shown in the store)", kind: "checkbox" },
        ],
        initial: (c) => ({ name: c?.name ?? "", description: c?.description ?? "", sortOrder: String(c?.sortOrder ?? 0), isEnabled: c?.isEnabled ?? true }),
        save: async (v, c) => {
            const body = { name: str(v.name), description: str(v.description), sortOrder: num(v.sortOrder) ?? 0, isEnabled: Boolean(v.isEnabled) };
            if (c) await client.update(storeId, c.id, body); else await client.create(storeId, body);
        },
        remove: async (c) => { await client.delete(storeId, c.id); },
        removeText: (c) => <><strong>{c.name}</strong> is deleted; its {c.packageCount} package(s) stay, without a category.</>,
    };
    return <ResourcePage config={config} storeName={store?.name} />;
}
