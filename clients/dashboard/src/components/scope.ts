import { type FieldSpec, type Values } from "./fields.tsx";

/** The scope fields shared by coupons, sales and gift cards: the whole store, chosen categories or chosen packages. */
export function scopeFields(packageOptions: FieldSpec["options"], categoryOptions: FieldSpec["options"]): FieldSpec[] {
    return [
        {
            name: "applicationScope", label: "Applies to", kind: "select", options: [
                { value: "store", label: "The whole store" },
                { value: "categories", label: "Chosen categories" },
                { value: "packages", label: "Chosen packages" },
            ],
        },
        { name: "categoryIds", label: "Categories", kind: "multi", options: categoryOptions, required: true, show: (v: Values) => v.applicationScope === "categories" },
        { name: "packageIds", label: "Packages", kind: "multi", options: packageOptions, required: true, show: (v: Values) => v.applicationScope === "packages" },
    ];
}

export function scopeText(scope: string, packageIds: string[], categoryIds: string[]): string {
    if (scope === "packages" && packageIds.length > 0) return `${packageIds.length} package${packageIds.length === 1 ? "" : "s"}`;
    if (scope === "categories") return `${categoryIds.length} categor${categoryIds.length === 1 ? "y" : "ies"}`;
    return "Whole store";
}
