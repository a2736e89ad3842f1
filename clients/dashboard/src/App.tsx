import { useEffect, useState } from "react";
import { StoresClient, type StoreDto } from "@fluxstore/client";
import { session, signOut } from "./api.ts";
import { useLoad } from "./ui.tsx";
import { AuthPage } from "./pages/AuthPage.tsx";
import { StoresPage } from "./pages/StoresPage.tsx";
import { ApiKeysPage } from "./pages/ApiKeysPage.tsx";
import { ServersPage } from "./pages/ServersPage.tsx";
import { CataloguePage } from "./pages/CataloguePage.tsx";
import { SubscriptionsPage } from "./pages/SubscriptionsPage.tsx";

// Routes live in the URL's hash (#/stores/{id}/api-keys), so the API serves one index.html for the whole app.
function useHashRoute(): string[] {
    const read = () => window.location.hash.replace(/^#\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);
    const [parts, setParts] = useState(read);
    useEffect(() => {
        const onChange = () => setParts(read());
        window.addEventListener("hashchange", onChange);
        return () => window.removeEventListener("hashchange", onChange);
    }, []);
    return parts;
}

export function App() {
    const [signedIn, setSignedIn] = useState(Boolean(session.accessToken));
    const route = useHashRoute();
    const stores = useLoad(async () => signedIn ? (await new StoresClient(session).list()).data ?? [] : [], [signedIn]);
    const storeId = route[0] === "stores" ? route[1] : undefined;
    const store: StoreDto | undefined = stores.data?.find((s) => s.id === storeId);

    let page;
    if (route[0] === "catalogue") {
        page = <CataloguePage stores={stores.data ?? []} signedIn={signedIn} />;
    } else if (!signedIn) {
        page = <AuthPage onSignedIn={() => { setSignedIn(true); window.location.hash = "#/stores"; }} />;
    } else if (storeId && route[2] === "api-keys") {
        page = <ApiKeysPage storeId={storeId} store={store} />;
    } else if (storeId && route[2] === "subscriptions") {
        page = <SubscriptionsPage storeId={storeId} store={store} />;
    } else if (storeId && route[2] === "servers") {
        page = <ServersPage storeId={storeId} store={store} />;
    } else {
        page = <StoresPage stores={stores} />;
    }

    return (
        <>
            <header className="top">
                <a className="brand" href="#/stores">FluxStore <span>dashboard</span></a>
                <nav aria-label="Main">
                    {signedIn && <a href="#/stores">Stores</a>}
                    <a href="#/catalogue">Catalogue &amp; orders</a>
                    {signedIn && (
                        <button type="button" className="link" onClick={() => { signOut(); setSignedIn(false); window.location.hash = "#/"; }}>
                            Sign out
                        </button>
                    )}
                </nav>
            </header>
            <main>{page}</main>
        </>
    );
}
