namespace FluxStore.Management.Application.Common.Security;

/// <summary>A dashboard request about one store, named in the route.</summary>
public interface IStoreRequest
{
    Guid StoreId { get; }
}
