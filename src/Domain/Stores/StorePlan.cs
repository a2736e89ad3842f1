namespace FluxStore.Management.Domain.Stores;

public enum StorePlan
{
    Free,
    Pro,
}
