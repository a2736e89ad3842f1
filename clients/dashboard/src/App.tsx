import { useEffect, useState } from "react";
import { StoresClient, type StoreDto } from "@fluxstore/client";
import { session, signOut } from "./api.ts";
import { useLoad } from "./ui.tsx";
import { AuthPage } from "./pages/AuthPage.tsx";
import { StoresPage } from "./pages/StoresPage.tsx";
import { StoreNav, storePages } from "./StoreNav.tsx";

// Routes live in the URL's hash (#/stores/{id}/orders/{orderId}), so the API serves one index.html for the whole app.
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
    const storePage = storeId ? storePages.find((p) => p.path === (route[2] ?? "overview")) : undefined;

    let page;
    if (!signedIn) {
        page = <AuthPage onSignedIn={() => { setSignedIn(true); window.location.hash = "#/stores"; }} />;
    } else if (storeId && storePage) {
        const Page = storePage.page;
        page = <Page key={`${storeId}/${route.slice(2).join("/")}`} storeId={storeId} store={store} rest={route.slice(3)} />;
    } else {
        page = <StoresPage stores={stores} />;
    }

    return (
        <>
            <a className="skip" href="#main">Skip to content</a>
            <header className="top">
                <a className="brand" href="#/stores">FluxStore <span>dashboard</span></a>
                <nav aria-label="Main">
                    {signedIn && <a href="#/stores">Stores</a>}
                    {signedIn && (
                        <button type="button" className="link" onClick={() => { signOut(); setSignedIn(false); window.location.hash = "#/"; }}>
                            Sign out
                        </button>
                    )}
                </nav>
            </header>
            {signedIn && storeId && <StoreNav storeId={storeId} store={store} current={storePage?.path} />}
            <main id="main" tabIndex={-1}>{page}</main>
        </>
    );
}
