namespace FluxStore.Management.Domain.Sales;

public sealed class SaleCategory
{
    private SaleCategory()
    {
    }

    public SaleCategory(Guid saleId, Guid categoryId)
    {
        SaleId = saleId;
        CategoryId = categoryId;
    }

    public Guid SaleId { get; private set; }

    public Guid CategoryId { get; private set; }
}
