namespace FluxStore.Management.Domain.Common;

/// <summary>An entity that belongs to exactly one store; queries always filter on <see cref="StoreId"/>.</summary>
public interface IStoreOwned
{
    Guid StoreId { get; }
}
