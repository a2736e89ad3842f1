namespace FluxStore.Management.Api.RateLimiting;

/// <summary>
/// Marks an anonymous action whose requests count as sign-in attempts of the client address
/// (<c>FluxStore:AuthThrottle:AddressPermitLimit</c> per <c>AddressWindowSeconds</c>, login and registration together).
/// <see cref="AnonymousEndpointGuardMiddleware"/> reads it from the endpoint routing selected, so every spelling of
/// the path that reaches the action (a trailing slash, another letter case) is counted.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, Inherited = true)]
public sealed class SignInThrottleAttribute : Attribute;
