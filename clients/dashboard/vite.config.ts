import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The app is served by the API at /dashboard (./build.sh builds it into src/Api/wwwroot/dashboard).
// `npm run dev` serves it on http://localhost:5173/dashboard/ against VITE_FLUXSTORE_API_URL (see README.md).
const generatedClient = fileURLToPath(new URL("../typescript/src/fluxstore-client.ts", import.meta.url));

export default defineConfig({
    base: "/dashboard/",
    plugins: [react()],
    resolve: { alias: { "@fluxstore/client": generatedClient } },
    server: { port: 5173, strictPort: true, fs: { allow: [".", "../typescript/src"] } },
    build: {
        outDir: process.env.FLUXSTORE_DASHBOARD_OUT ?? "../../src/Api/wwwroot/dashboard",
        emptyOutDir: true,
        sourcemap: false,
    },
});
