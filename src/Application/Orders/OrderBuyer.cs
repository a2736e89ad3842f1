using FluxStore.Management.Domain.Players;

namespace FluxStore.Management.Application.Orders;

/// <summary>Who a manual order is for, as stored: the username trimmed, the UUID lower-case dashed, no blank email.</summary>
public sealed record OrderBuyer(Guid StoreId, string Username, string? Uuid, string? Email)
{
    public static OrderBuyer Of(Guid storeId, CreateOrderCommand request)
    {
        PlayerIdentity.TryNormalizeUuid(request.PlayerUuid, out var uuid);
        var email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim();
        return new OrderBuyer(storeId, request.PlayerUsername!.Trim(), uuid, email);
    }
}
