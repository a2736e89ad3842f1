import { StoreAnalyticsClient, type RevenueAnalyticsDto } from "@fluxstore/client";
import { session } from "../../api.ts";

/** A date as yyyy-MM-dd in the browser's calendar. */
function localDate(d: Date): string {
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The browser's IANA time zone (e.g. Europe/Berlin), UTC when the browser does not say. */
export const browserTimeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/** Daily revenue of the last `days` days up to today, bucketed in the browser's time zone. */
export async function loadRevenue(storeId: string, days: number): Promise<RevenueAnalyticsDto> {
    const today = new Date();
    const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1));
    const answer = await new StoreAnalyticsClient(session).revenue(storeId, localDate(from), localDate(today), "day", browserTimeZone);
    return answer.data!;
}
