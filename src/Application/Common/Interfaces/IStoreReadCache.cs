namespace FluxStore.Management.Application.Common.Interfaces;

/// <summary>
/// Read models of one store kept in memory between requests (the category list, the package list with its sales),
/// under the same promises as the authenticated-key cache (docs/decisions/0020-read-cache.md): a change committed on this
/// instance is seen by the very next read, a change committed on any other instance within 2 seconds, and nothing is
/// served while the change signal cannot be watched.
/// </summary>
public interface IStoreReadCache
{
    /// <summary>
    /// The cached <typeparamref name="T"/> of <paramref name="storeId"/>, or what <paramref name="load"/> reads, which
    /// is kept unless a change was signalled while it ran. What is cached must hold stored values only: anything that
    /// depends on the clock is worked out per request from them.
    /// </summary>
    Task<T> GetOrLoadAsync<T>(Guid storeId, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
        where T : class;
}
