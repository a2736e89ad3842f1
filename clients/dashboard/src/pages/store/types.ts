import { type StoreDto } from "@fluxstore/client";

/** What every page of one store receives from the shell. */
export interface StorePageProps {
    storeId: string;
    store?: StoreDto;
}
