namespace FluxStore.Management.Domain.Common;

/// <summary>Base of every persisted entity: a time-ordered UUIDv7 id.</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();
}
