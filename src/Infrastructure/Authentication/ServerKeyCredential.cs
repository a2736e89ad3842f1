namespace FluxStore.Management.Infrastructure.Authentication;

/// <summary>The game server a server key belongs to.</summary>
public sealed record ServerKeyCredential(Guid Id, Guid StoreId);
