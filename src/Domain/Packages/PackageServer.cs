namespace FluxStore.Management.Domain.Packages;

public sealed class PackageServer
{
    private PackageServer()
    {
    }

    public PackageServer(Guid packageId, Guid gameServerId)
    {
        PackageId = packageId;
        GameServerId = gameServerId;
    }

    public Guid PackageId { get; private set; }

    public Guid GameServerId { get; private set; }
}
