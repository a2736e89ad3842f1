namespace FluxStore.Management.Application.Plugin;

/// <summary>
/// Leases a game server's next pending commands. Implemented in Infrastructure with provider-specific SQL, because
/// the lease must be exact under concurrency: two overlapping polls never lease the same command.
/// </summary>
public interface ICommandLeaser
{
    /// <summary>
    /// Leases up to <paramref name="limit"/> of the server's offerable commands (pending, not leased at
    /// <paramref name="now"/>), oldest first, until <paramref name="leasedUntil"/> under <paramref name="token"/>,
    /// counting an attempt on each. Returns how many rows were leased; read them back by the token.
    /// </summary>
    Task<int> LeaseAsync(Guid storeId, Guid serverId, Guid token, DateTime now, DateTime leasedUntil, int limit, CancellationToken cancellationToken);
}
