// Hand-written part of the client: nswag.json copies this file ("extensionCode") into fluxstore-client.ts.
// It is not compiled on its own (it uses generated types); edit it here, never in the generated file.

export class ClientConfiguration {
    // Credentials and endpoint shared by the FluxStore clients. Fields can change at any time (set accessToken after login).

    /** Base URL of the API, e.g. "https://api.example.com" (no trailing slash). */
    baseUrl: string;
    /** Store API key (`flx_{storeId}_{secret}`), sent as `X-Api-Key` (Store API, `/api/v1/*`). */
    apiKey?: string;
    /** JWT from `AuthClient.login`, sent as `Authorization: Bearer ...` (dashboard and operator API). */
    accessToken?: string;
    /** Game server key, sent as `X-Server-Key` (plugin API, `/api/plugin/*`). */
    serverKey?: string;

    constructor(init: { baseUrl: string; apiKey?: string; accessToken?: string; serverKey?: string }) {
        this.baseUrl = init.baseUrl.replace(/\/+$/, "");
        this.apiKey = init.apiKey;
        this.accessToken = init.accessToken;
        this.serverKey = init.serverKey;
    }
}

export class ClientBase {
    // Base class of every generated client: supplies the base URL and adds the configured credentials to each request.

    protected constructor(protected readonly configuration: ClientConfiguration) {}

    protected getBaseUrl(_defaultUrl: string, baseUrl?: string): string {
        return baseUrl ?? this.configuration.baseUrl;
    }

    protected transformOptions(options: RequestInit): Promise<RequestInit> {
        const headers = new Headers(options.headers);
        const { apiKey, accessToken, serverKey } = this.configuration;
        if (apiKey) headers.set("X-Api-Key", apiKey);
        if (accessToken) headers.set("Authorization", `Bearer ${accessToken}`);
        if (serverKey) headers.set("X-Server-Key", serverKey);
        return Promise.resolve({ ...options, headers });
    }
}

/**
 * The error wrapper `{success:false, data, message, errors}` of a failed call, or undefined when `error` is not an
 * API error with a JSON body. `error.status` holds the HTTP status, `error.headers` the (lower-case) headers.
 */
export function errorResponse(error: unknown): ApiResponseOfObject | undefined {
    return error instanceof ApiException && error.result ? (error.result as ApiResponseOfObject) : undefined;
}
