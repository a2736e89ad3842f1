namespace FluxStore.Management.Api.Idempotency;

/// <summary>
/// Marks an action whose successful response carries a secret shown once (API key, server key, webhook signing
/// secret). Such a response is never kept for an <c>Idempotency-Key</c> replay; the key stays used, so a retry
/// cannot create a second secret either (<see cref="IdempotencyMiddleware"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ResponseHoldsSecretAttribute : Attribute;
