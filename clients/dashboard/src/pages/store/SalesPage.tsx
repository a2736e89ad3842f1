import { StoreSalesClient, type SaleDto } from "@fluxstore/client";
import { asCursorPage, formatDate, fromLocalInput, session, toLocalInput } from "../../api.ts";
import { StatusBadge } from "../../components/Badge.tsx";
import { ResourcePage, type ResourceConfig } from "../../components/ResourcePage.tsx";
import { ids, num, str } from "../../components/fields.tsx";
import { scopeFields, scopeText } from "../../components/scope.ts";
import { useCatalogue } from "../../components/useCatalogue.ts";
import { type StorePageProps } from "./types.ts";

export function SalesPage({ storeId, store }: StorePageProps) {
    const client = new StoreSalesClient(session);
    const catalogue = useCatalogue(storeId);
    const config: ResourceConfig<SaleDto> = {
        title: "Sales", one: "sale", many: "sales", area: "Sales",
        load: async ({ after, before }) => asCursorPage((await client.list(storeId, undefined, undefined, undefined, undefined, undefined, 25, after, before)).data),
        rowKey: (s) => s.id,
        rowName: (s) => s.name,
        columns: [
            { label: "Name", render: (s) => s.name },
            { label: "Discount", render: (s) => `${s.discountPercentage} %` },
            { label: "Applies to", render: (s) => scopeText(s.applicationScope, s.packageIds, s.categoryIds) },
            { label: "Runs", render: (s) => `${formatDate(s.startDate)} – ${formatDate(s.endDate)}` },
            { label: "Status", render: (s) => <StatusBadge status={s.status} /> },
        ],
        fields: () => [
            { name: "name", label: "Name", kind: "text", required: true, maxLength: 100 },
            { name: "discountPercentage", label: "Discount (%)", kind: "money", required: true,
                validate: (v) => (Number(v) <= 0 || Number(v) > 100 ? "The discount must be above 0 and at most 100 %." : undefined) },
            ...scopeFields(catalogue.packageOptions, catalogue.categoryOptions),
            { name: "startDate", label: "Starts", kind: "datetime", required: true },
            { name: "endDate", label: "Ends", kind: "datetime", required: true,
                validate: (v, all) => (String(v) <= String(all.startDate) ? "The end must be after the start." : undefined) },
            { name: "isEnabled", label: "Enabled", kind: "checkbox" },
        ],
        initial: (s) => {
            const start = new Date();
            const end = new Date(start.getTime() + 7 * 86_400_000);
            return {
                name: s?.name ?? "", discountPercentage: s ? String(s.discountPercentage) : "",
                applicationScope: s?.applicationScope ?? "store", packageIds: s?.packageIds ?? [], categoryIds: s?.categoryIds ?? [],
                startDate: toLocalInput(s?.startDate ?? start.toISOString()), endDate: toLocalInput(s?.endDate ?? end.toISOString()),
                isEnabled: s?.isEnabled ?? true,
            };
        },
        save: async (v, s) => {
            const scope = String(v.applicationScope);
            const body = {
                name: str(v.name), discountPercentage: num(v.discountPercentage), applicationScope: scope,
                packageIds: scope === "packages" ? ids(v.packageIds) : [], categoryIds: scope === "categories" ? ids(v.categoryIds) : [],
                startDate: fromLocalInput(String(v.startDate)), endDate: fromLocalInput(String(v.endDate)), isEnabled: Boolean(v.isEnabled),
            };
            if (s) await client.update(storeId, s.id, body); else await client.create(storeId, body);
        },
        remove: async (s) => { await client.delete(storeId, s.id); },
        intro: <p className="hint">A sale lowers the price of the packages it covers while it runs; the package list shows the sale price.</p>,
        deps: [catalogue.packages.length, catalogue.categories.length],
    };
    return <ResourcePage config={config} storeName={store?.name} />;
}
