namespace FluxStore.Management.Domain.Common;

/// <summary>Base of every persisted entity: a time-ordered UUIDv7 id.</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();
}

/// <summary>An entity that belongs to exactly one store; queries always filter on <see cref="StoreId"/>.</summary>
public interface IStoreOwned
{
    Guid StoreId { get; }
}
