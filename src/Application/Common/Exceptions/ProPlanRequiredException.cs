namespace FluxStore.Management.Application.Common.Exceptions;

/// <summary>The store's Pro plan is not active: 403 with its own message.</summary>
public sealed class ProPlanRequiredException()
    : Exception("This store does not have an active Pro plan. The Store Management API requires Pro; renew the plan to use this key again.");
