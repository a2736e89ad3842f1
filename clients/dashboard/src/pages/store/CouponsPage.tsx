import { StoreCouponsClient, type CouponDto } from "@fluxstore/client";
import { asCursorPage, formatDate, formatMoney, fromLocalInput, session, toLocalInput } from "../../api.ts";
import { StatusBadge } from "../../components/Badge.tsx";
import { ResourcePage, type ResourceConfig } from "../../components/ResourcePage.tsx";
import { ids, num, str } from "../../components/fields.tsx";
import { scopeFields, scopeText } from "../../components/scope.ts";
import { useCatalogue } from "../../components/useCatalogue.ts";
import { type StorePageProps } from "./types.ts";

export function CouponsPage({ storeId, store }: StorePageProps) {
    const client = new StoreCouponsClient(session);
    const catalogue = useCatalogue(storeId);
    const config: ResourceConfig<CouponDto> = {
        title: "Coupons", one: "coupon", many: "coupons", area: "Coupons",
        load: async ({ after, before }) => asCursorPage((await client.list(storeId, undefined, undefined, undefined, undefined, undefined, 25, after, before)).data),
        rowKey: (c) => c.id,
        rowName: (c) => c.code,
        columns: [
            { label: "Code", render: (c) => <code>{c.code}</code> },
            { label: "Discount", render: (c) => c.discountType === "percentage" ? `${c.discountValue} %` : formatMoney(c.discountValue, store?.currency) },
            { label: "Applies to", render: (c) => scopeText(c.applicationScope === "packages" && c.packageScope === "all" ? "store" : c.applicationScope, c.packageIds, c.categoryIds) },
            { label: "Used", render: (c) => `${c.usedCount}${c.maxUses ? ` of ${c.maxUses}` : ""}` },
            { label: "Valid", render: (c) => `${c.validFrom ? formatDate(c.validFrom) : "now"} – ${c.validUntil ? formatDate(c.validUntil) : "no end"}` },
            { label: "Status", render: (c) => <StatusBadge status={c.status} /> },
        ],
        fields: () => [
            { name: "code", label: "Code", kind: "text", required: true, maxLength: 50, hint: "Letters, digits, '-' or '_'; unique in the store (ignoring case).",
                validate: (v) => (/^[A-Za-z0-9_-]+$/.test(String(v).trim()) ? undefined : "Code may hold only letters, digits, '-' or '_'.") },
            { name: "discountType", label: "Discount type", kind: "select", options: [{ value: "percentage", label: "Percentage" }, { value: "fixed", label: `Fixed amount (${store?.currency ?? "store currency"})` }] },
            { name: "discountValue", label: "Discount", kind: "money", required: true,
                validate: (v, all) => (all.discountType === "percentage" && (Number(v) <= 0 || Number(v) > 100) ? "A percentage must be above 0 and at most 100." : Number(v) <= 0 ? "The discount must be above 0." : undefined) },
            ...scopeFields(catalogue.packageOptions, catalogue.categoryOptions),
            { name: "maxUses", label: "Uses in total", kind: "number", min: 1, hint: "Empty: unlimited." },
            { name: "maxUsesPerUser", label: "Uses per player", kind: "number", min: 1, hint: "Empty: unlimited." },
            { name: "validFrom", label: "Valid from", kind: "datetime" },
            { name: "validUntil", label: "Valid until", kind: "datetime",
                validate: (v, all) => (v && all.validFrom && String(v) <= String(all.validFrom) ? "Valid until must be after valid from." : undefined) },
            { name: "isActive", label: "Active", kind: "checkbox" },
        ],
        initial: (c) => ({
            code: c?.code ?? "", discountType: c?.discountType ?? "percentage", discountValue: c ? String(c.discountValue) : "",
            applicationScope: c ? (c.applicationScope === "packages" && c.packageScope === "all" ? "store" : c.applicationScope) : "store",
            packageIds: c?.packageIds ?? [], categoryIds: c?.categoryIds ?? [],
            maxUses: c?.maxUses?.toString() ?? "", maxUsesPerUser: c?.maxUsesPerUser?.toString() ?? "",
            validFrom: toLocalInput(c?.validFrom), validUntil: toLocalInput(c?.validUntil), isActive: c?.isActive ?? true,
        }),
        save: async (v, c) => {
            const scope = String(v.applicationScope);
            const body = {
                code: str(v.code), discountType: String(v.discountType), discountValue: num(v.discountValue),
                applicationScope: scope, packageScope: scope === "packages" ? "specific" : "all",
                packageIds: scope === "packages" ? ids(v.packageIds) : [], categoryIds: scope === "categories" ? ids(v.categoryIds) : [],
                maxUses: num(v.maxUses), maxUsesPerUser: num(v.maxUsesPerUser),
                validFrom: fromLocalInput(String(v.validFrom)), validUntil: fromLocalInput(String(v.validUntil)), isActive: Boolean(v.isActive),
            };
            if (c) await client.update(storeId, c.id, body); else await client.create(storeId, body);
        },
        remove: async (c) => { await client.delete(storeId, c.id); },
        deps: [catalogue.packages.length, catalogue.categories.length],
    };
    return <ResourcePage config={config} storeName={store?.name} />;
}
