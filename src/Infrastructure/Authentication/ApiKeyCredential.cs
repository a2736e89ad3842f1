using FluxStore.Management.Domain.Stores;

namespace FluxStore.Management.Infrastructure.Authentication;

/// <summary>What authenticating an API key needs: the key's state and its store's plan, read together.</summary>
public sealed record ApiKeyCredential(
    Guid Id,
    Guid StoreId,
    string Permissions,
    DateTime? ExpiresAt,
    DateTime? RevokedAt,
    DateTime? LastUsedAt,
    StorePlan Plan,
    DateTime? ProExpiresAt,
    string Name = "");
