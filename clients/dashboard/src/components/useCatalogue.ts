import { StoreCategoriesClient, StorePackagesClient } from "@fluxstore/client";
import { session } from "../api.ts";
import { useLoad } from "../ui.tsx";

/** The store's packages and categories as choices for scope pickers (empty when the member may not view them). */
export function useCatalogue(storeId: string) {
    const packages = useLoad(async () => (await new StorePackagesClient(session).list(storeId)).data ?? [], [storeId]);
    const categories = useLoad(async () => (await new StoreCategoriesClient(session).list(storeId)).data ?? [], [storeId]);
    return {
        packages: packages.data ?? [],
        categories: categories.data ?? [],
        packageOptions: (packages.data ?? []).map((p) => ({ value: p.id, label: p.name })),
        categoryOptions: (categories.data ?? []).map((c) => ({ value: c.id, label: c.name })),
    };
}
