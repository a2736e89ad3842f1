namespace FluxStore.Management.Domain.Packages;

public enum IntervalUnit
{
    Day,
    Week,
    Month,
    Year,
}
