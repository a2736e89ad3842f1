import { useState, type FormEvent } from "react";
import { AuthClient } from "@fluxstore/client";
import { session, signIn } from "../api.ts";
import { ErrorNotice } from "../ui.tsx";

export function AuthPage({ onSignedIn }: { onSignedIn: () => void }) {
    const [mode, setMode] = useState<"signin" | "signup">("signin");
    const [email, setEmail] = useState("");
    const [password, setPassword] = useState("");
    const [displayName, setDisplayName] = useState("");
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState<unknown>();

    async function submit(event: FormEvent) {
        event.preventDefault();
        setBusy(true);
        setError(undefined);
        try {
            const auth = new AuthClient(session);
            if (mode === "signup") {
                await auth.register({ email, password, displayName: displayName || null });
            }

            const login = await auth.login({ email, password });
            signIn(login.data!.accessToken);
            onSignedIn();
        } catch (e) {
            setError(e);
        } finally {
            setBusy(false);
        }
    }

    return (
        <section className="card narrow">
            <div className="tabs" role="tablist">
                <button type="button" role="tab" aria-selected={mode === "signin"} onClick={() => setMode("signin")}>Sign in</button>
                <button type="button" role="tab" aria-selected={mode === "signup"} onClick={() => setMode("signup")}>Sign up</button>
            </div>
            <h1>{mode === "signin" ? "Sign in" : "Create your account"}</h1>
            {/* noValidate: the API checks the form and its answer is shown below in words */}
            <form onSubmit={submit} noValidate>
                <label>Email<input type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} /></label>
                <label>Password<input type="password" autoComplete={mode === "signin" ? "current-password" : "new-password"} value={password} onChange={(e) => setPassword(e.target.value)} /></label>
                {mode === "signup" && (
                    <label>Display name (optional)<input value={displayName} onChange={(e) => setDisplayName(e.target.value)} /></label>
                )}
                <ErrorNotice error={error} />
                <button type="submit" className="primary" disabled={busy}>{mode === "signin" ? "Sign in" : "Sign up"}</button>
            </form>
            <p className="hint">The session token stays in this browser tab only (session storage) and is removed when you sign out.</p>
        </section>
    );
}
