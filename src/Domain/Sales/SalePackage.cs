namespace FluxStore.Management.Domain.Sales;

public sealed class SalePackage
{
    private SalePackage()
    {
    }

    public SalePackage(Guid saleId, Guid packageId)
    {
        SaleId = saleId;
        PackageId = packageId;
    }

    public Guid SaleId { get; private set; }

    public Guid PackageId { get; private set; }
}
