using FluxStore.Management.Domain.Orders;

namespace FluxStore.Management.Application.Orders;

internal static class OrderQueries
{
    public static bool TryParseStatus(string? text, out OrderStatus status) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out status) && Enum.IsDefined(status) && !int.TryParse(text, out _);
}
