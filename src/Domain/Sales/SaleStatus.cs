namespace FluxStore.Management.Domain.Sales;

public enum SaleStatus
{
    Active,
    Scheduled,
    Ended,
    Disabled,
}
