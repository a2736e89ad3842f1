namespace FluxStore.Management.Infrastructure.Authentication;

/// <summary>
/// One row per saved change that can alter an API key's authentication (a key modified or deleted, a store's plan
/// changed or the store deleted), written in the same transaction as the change. Every instance watches the table
/// (<see cref="CredentialChangeWatcher"/>) and empties its <see cref="CredentialCache"/> when it grows.
/// </summary>
public sealed class CredentialChange
{
    public long Id { get; set; }

    public DateTime At { get; set; }
}
