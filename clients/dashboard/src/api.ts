// Everything the pages need from the API goes through the generated client (../typescript/src/fluxstore-client.ts).
import { ApiException, ClientConfiguration, errorResponse } from "@fluxstore/client";

/** The API's address: the page's own origin when the API serves the app, or VITE_FLUXSTORE_API_URL on the dev server. */
export const apiBaseUrl: string = (import.meta.env.VITE_FLUXSTORE_API_URL as string | undefined) || window.location.origin;

const tokenKey = "fluxstore.dashboard.token";

/** The signed-in user's configuration (Bearer token). The token lives in sessionStorage: gone when the tab closes. */
export const session = new ClientConfiguration({ baseUrl: apiBaseUrl, accessToken: sessionStorage.getItem(tokenKey) ?? undefined });

export function signIn(token: string): void {
    session.accessToken = token;
    sessionStorage.setItem(tokenKey, token);
}

export function signOut(): void {
    session.accessToken = undefined;
    sessionStorage.removeItem(tokenKey);
}

/** A configuration that sends a Store API key (X-Api-Key); kept in memory only. */
export function keyConfiguration(apiKey: string): ClientConfiguration {
    return new ClientConfiguration({ baseUrl: apiBaseUrl, apiKey });
}

/** An API failure in plain words: a headline and, for a 400, the list of problems the API named. */
export interface Problem {
    title: string;
    details: string[];
    status?: number;
}

export function describeError(error: unknown): Problem {
    if (!(error instanceof ApiException)) {
        if (error instanceof TypeError) {
            return { title: `The API at ${apiBaseUrl} cannot be reached. Check that it is running (and allows this origin).`, details: [] };
        }

        return { title: "Something went wrong in the page. Reload it and try again.", details: [] };
    }

    const wrapper = errorResponse(error) ?? parseWrapper(error.response);
    const message = wrapper?.message ?? undefined;
    const details = (wrapper?.errors ?? []).filter((e) => typeof e === "string" && e.length > 0);
    switch (error.status) {
        case 400:
            return { status: 400, title: "The API could not accept this. Please correct the following:", details: details.length > 0 ? details : [message ?? "The request is not valid."] };
        case 401:
            return { status: 401, title: message && !/^unauthori[sz]ed$/i.test(message) ? `Not signed in or not allowed: ${message}` : "You are not signed in, or the key or session is no longer valid. Sign in again or check the key.", details };
        case 403:
            return { status: 403, title: `Not allowed: ${message ?? "this account lacks the permission."}`, details };
        case 404:
            return { status: 404, title: message ? `Not found: ${message}` : "Not found: it may have been removed.", details };
        case 409:
            return { status: 409, title: `Conflict: ${message ?? "the change clashes with the current state."}`, details };
        case 429: {
            const seconds = Number(error.headers?.["retry-after"]);
            const wait = Number.isFinite(seconds) && seconds > 0 ? `in ${seconds} second${seconds === 1 ? "" : "s"}` : "in a minute";
            return { status: 429, title: `Too many requests: the rate limit was reached. Try again ${wait}.`, details: [] };
        }
        default:
            return { status: error.status, title: error.status >= 500 ? "The API had an internal problem. Try again later." : `The API answered with status ${error.status}${message ? `: ${message}` : "."}`, details };
    }
}

// Status codes the document does not list (429) reach us as the raw body.
function parseWrapper(text: string | undefined): { message?: string | null; errors?: string[] } | undefined {
    if (!text) return undefined;
    try {
        const value: unknown = JSON.parse(text);
        return value && typeof value === "object" ? (value as { message?: string | null; errors?: string[] }) : undefined;
    } catch {
        return undefined;
    }
}

export function formatDate(value: string | null | undefined): string {
    if (!value) return "—";
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/** The spec's permission areas and the actions each offers (Orders has no Delete; Customers and Subscriptions are View only). */
export const permissionAreas: ReadonlyArray<{ area: string; actions: ReadonlyArray<"View" | "Edit" | "Delete">; description: string }> = [
    { area: "Packages", actions: ["View", "Edit", "Delete"], description: "Package CRUD" },
    { area: "Categories", actions: ["View", "Edit", "Delete"], description: "Category CRUD" },
    { area: "Coupons", actions: ["View", "Edit", "Delete"], description: "Coupon CRUD" },
    { area: "Sales", actions: ["View", "Edit", "Delete"], description: "Sale CRUD" },
    { area: "GiftCards", actions: ["View", "Edit", "Delete"], description: "Gift card CRUD" },
    { area: "Orders", actions: ["View", "Edit"], description: "Order listing + manual creation" },
    { area: "Customers", actions: ["View"], description: "Customer listing (read-only)" },
    { area: "Bans", actions: ["View", "Edit", "Delete"], description: "Ban CRUD" },
    { area: "Subscriptions", actions: ["View"], description: "Subscription listing (read-only)" },
];

/** A money amount in the given currency, written the browser's way (Intl.NumberFormat with the browser's locale). */
export function formatMoney(amount: number | null | undefined, currency: string | undefined): string {
    if (amount === null || amount === undefined) return "—";
    try {
        return new Intl.NumberFormat(undefined, { style: "currency", currency: currency || "USD" }).format(amount);
    } catch {
        return `${amount.toFixed(2)} ${currency ?? ""}`.trim();
    }
}

/** An ISO time as the value of an <input type="datetime-local"> in the browser's time zone. */
export function toLocalInput(value: string | null | undefined): string {
    if (!value) return "";
    const d = new Date(value);
    if (Number.isNaN(d.getTime())) return "";
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The value of an <input type="datetime-local"> (browser's time zone) as an ISO UTC time, or null when empty. */
export function fromLocalInput(value: string): string | null {
    if (!value) return null;
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/**
 * The API's 400 messages split by the field they name: FluxStore's messages start with 'field' or field: (the wire
 * name, e.g. 'discountValue', 'commands[0].content'); the first segment is the form field. The rest stays general.
 */
export function fieldProblems(error: unknown, fields: ReadonlyArray<string>): { byField: Record<string, string[]>; rest: string[] } | undefined {
    const problem = describeError(error);
    if (problem.status !== 400) return undefined;
    const byField: Record<string, string[]> = {};
    const rest: string[] = [];
    for (const text of problem.details) {
        const named = /^'([A-Za-z][\w.[\]]*)'/.exec(text)?.[1] ?? /^([A-Za-z][\w.[\]]*):\s/.exec(text)?.[1];
        const field = named?.split(/[.[]/)[0];
        const match = field ? fields.find((f) => f.toLowerCase() === field.toLowerCase()) : undefined;
        if (match) (byField[match] ??= []).push(text); else rest.push(text);
    }
    return { byField, rest };
}

/** A cursor page (list calls with `limit`): the generated client types them as offset pages, the body has cursors. */
export interface CursorPage<T> {
    items: T[];
    hasMore: boolean;
    nextCursor: string | null;
    previousCursor: string | null;
}

export function asCursorPage<T>(data: unknown): CursorPage<T> {
    const page = (data ?? {}) as Partial<CursorPage<T>>;
    return { items: page.items ?? [], hasMore: page.hasMore ?? false, nextCursor: page.nextCursor ?? null, previousCursor: page.previousCursor ?? null };
}

/** Every permission a store member can hold ("Area:Action"): the dashboard's own Stores area and the Store API's. */
export const memberPermissions: string[] = [
    "Stores:View", "Stores:Edit",
    ...permissionAreas.flatMap((a) => a.actions.map((x) => `${a.area}:${x}`)),
];
