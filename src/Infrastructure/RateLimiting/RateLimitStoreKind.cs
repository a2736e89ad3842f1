namespace FluxStore.Management.Infrastructure.RateLimiting;

/// <summary><c>FluxStore:RateLimit:Store</c>.</summary>
public enum RateLimitStoreKind
{
    /// <summary>Counters in this process: one API instance.</summary>
    InMemory,

    /// <summary>Counters in the database: one exact limit across several API instances.</summary>
    Database,
}
