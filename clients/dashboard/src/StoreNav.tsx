import { useState, type ComponentType } from "react";
import { type StoreDto } from "@fluxstore/client";
import { ApiKeysPage } from "./pages/ApiKeysPage.tsx";
import { ServersPage } from "./pages/ServersPage.tsx";
import { SubscriptionsPage } from "./pages/SubscriptionsPage.tsx";
import { OverviewPage } from "./pages/store/OverviewPage.tsx";
import { PackagesPage } from "./pages/store/PackagesPage.tsx";
import { CategoriesPage } from "./pages/store/CategoriesPage.tsx";
import { CouponsPage } from "./pages/store/CouponsPage.tsx";
import { SalesPage } from "./pages/store/SalesPage.tsx";
import { GiftCardsPage } from "./pages/store/GiftCardsPage.tsx";
import { BansPage } from "./pages/store/BansPage.tsx";
import { OrdersPage } from "./pages/store/OrdersPage.tsx";
import { CustomersPage } from "./pages/store/CustomersPage.tsx";
import { WebhooksPage } from "./pages/store/WebhooksPage.tsx";
import { MembersPage } from "./pages/store/MembersPage.tsx";
import { AuditPage } from "./pages/store/AuditPage.tsx";

export interface StorePageComponentProps {
    storeId: string;
    store?: StoreDto;
    /** The route after the page's own path (e.g. an order id). */
    rest: string[];
}

/** Every page of a store, in the order of the store navigation. */
export const storePages: ReadonlyArray<{ path: string; label: string; group: string; page: ComponentType<StorePageComponentProps> }> = [
    { path: "overview", label: "Overview", group: "Store", page: OverviewPage },
    { path: "orders", label: "Orders", group: "Store", page: OrdersPage },
    { path: "customers", label: "Customers", group: "Store", page: CustomersPage },
    { path: "subscriptions", label: "Subscriptions", group: "Store", page: SubscriptionsPage },
    { path: "packages", label: "Packages", group: "Catalogue", page: PackagesPage },
    { path: "categories", label: "Categories", group: "Catalogue", page: CategoriesPage },
    { path: "coupons", label: "Coupons", group: "Catalogue", page: CouponsPage },
    { path: "sales", label: "Sales", group: "Catalogue", page: SalesPage },
    { path: "gift-cards", label: "Gift cards", group: "Catalogue", page: GiftCardsPage },
    { path: "bans", label: "Bans", group: "Catalogue", page: BansPage },
    { path: "webhooks", label: "Webhooks", group: "Configuration", page: WebhooksPage },
    { path: "members", label: "Members", group: "Configuration", page: MembersPage },
    { path: "api-keys", label: "API keys", group: "Configuration", page: ApiKeysPage },
    { path: "servers", label: "Game servers", group: "Configuration", page: ServersPage },
    { path: "audit", label: "Audit log", group: "Configuration", page: AuditPage },
];

/** The one navigation of a store: every page, grouped; wraps onto more lines on a phone. */
export function StoreNav({ storeId, store, current }: { storeId: string; store?: StoreDto; current?: string }) {
    const groups = [...new Set(storePages.map((p) => p.group))];
    const [open, setOpen] = useState(false);
    const here = storePages.find((p) => p.path === current)?.label ?? "Pages";
    return (
        <nav className={`store-nav${open ? " open" : ""}`} aria-label="Store" onClick={(e) => { if ((e.target as HTMLElement).tagName === "A") setOpen(false); }}>
            <strong className="store-name">{store?.name ?? "Store"}</strong>
            <button type="button" className="nav-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>{here} ▾ <span className="sr-only">(store pages)</span></button>
            {groups.map((g) => (
                <ul key={g} aria-label={g}>
                    {storePages.filter((p) => p.group === g).map((p) => (
                        <li key={p.path}>
                            <a href={`#/stores/${encodeURIComponent(storeId)}/${p.path}`} aria-current={p.path === current ? "page" : undefined}>{p.label}</a>
                        </li>
                    ))}
                </ul>
            ))}
        </nav>
    );
}
