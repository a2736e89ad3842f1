using FluxStore.Management.Application.Common.Telemetry;
using FluxStore.Management.Domain.Coupons;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Players;

namespace FluxStore.Management.Application.Orders;

/// <summary>
/// <c>POST /orders</c>: a manual order, paid at once. The order, its items, the customer's totals, the coupon use,
/// the gift card debit, subscriptions and the purchase commands queued for game servers commit together or not at all.
/// </summary>
[RequirePermission(PermissionArea.Orders, PermissionAction.Edit)]
public sealed record CreateOrderCommand : IRequest<OrderDto>, IRequiresProPlan
{
    public string? PlayerUsername { get; init; }

    /// <summary>Dashed or undashed; stored lower-case dashed.</summary>
    public string? PlayerUuid { get; init; }

    /// <summary>Stored as given, masked in every response.</summary>
    public string? Email { get; init; }

    /// <summary>Case-insensitive (peer feature).</summary>
    public string? CouponCode { get; init; }

    /// <summary>A gift card of this store pays <c>min(balance, total after coupon)</c> (case, spaces and dashes ignored).</summary>
    public string? GiftCardCode { get; init; }

    public IReadOnlyList<CreateOrderItem>? Items { get; init; }
}

public sealed record CreateOrderItem
{
    public Guid PackageId { get; init; }

    public int Quantity { get; init; } = 1;

    /// <summary>One of the package's servers; absent means every server of the package.</summary>
    public Guid? ServerId { get; init; }
}

public sealed class CreateOrderCommandValidator : AbstractValidator<CreateOrderCommand>
{
    public CreateOrderCommandValidator()
    {
        RuleFor(x => x.PlayerUsername).NotEmpty();
        RuleFor(x => x.PlayerUsername)
            .Must(PlayerIdentity.IsValidUsername)
            .When(x => !string.IsNullOrEmpty(x.PlayerUsername))
            .WithMessage($"'playerUsername' must be {PlayerIdentity.UsernameRuleText}.");
        RuleFor(x => x.PlayerUuid)
            .Must(u => u is null || PlayerIdentity.TryNormalizeUuid(u, out _))
            .WithMessage("'playerUuid' must be a UUID, with or without dashes.");
        RuleFor(x => x.Email)
            .MaximumLength(Order.EmailMaxLength)
            .EmailAddress()
            .When(x => x.Email is not null);
        RuleFor(x => x.CouponCode)
            .Must(Coupon.IsValidCode!)
            .When(x => x.CouponCode is not null)
            .WithMessage($"'couponCode' must be 1 to {Coupon.CodeMaxLength} letters, digits, '-' or '_'.");
        RuleFor(x => x.GiftCardCode)
            .NotEmpty()
            .MaximumLength(GiftCardPayment.CodeMaxLength)
            .When(x => x.GiftCardCode is not null)
            .WithMessage($"'giftCardCode' must be 1 to {GiftCardPayment.CodeMaxLength} characters.");
        RuleFor(x => x.Items)
            .NotEmpty()
            .Must(items => items is null || items.Count <= Order.MaxItems)
            .WithMessage($"'items' may hold at most {Order.MaxItems} items.");
        RuleForEach(x => x.Items).NotNull().ChildRules(item =>
        {
            item.RuleFor(i => i.PackageId).NotEmpty();
            item.RuleFor(i => i.Quantity).InclusiveBetween(1, Order.MaxQuantity);
            item.RuleFor(i => i.ServerId).Must(id => id != Guid.Empty).When(i => i.ServerId is not null)
                .WithMessage("'serverId' must not be an empty id.");
        });
    }
}

/// <summary>
/// A manual order: refused if the player is banned (checked with the packages' read), priced (packages at their sale price, within the command budget,
/// then coupon and gift card), all before its transaction so the transaction stays short; then placed.
/// </summary>
public sealed class CreateOrderCommandHandler(
    ICallerContext caller, TimeProvider clock,
    OrderPricing pricing, OrderCommandBudget budget, OrderPlacement placement)
    : IRequestHandler<CreateOrderCommand, OrderDto>
{
    public async Task<OrderDto> Handle(CreateOrderCommand request, CancellationToken cancellationToken)
    {
        var buyer = OrderBuyer.Of(caller.RequireStoreId(), request);
        var now = clock.GetUtcNow().UtcDateTime;
        var lines = await pricing.PriceItemsAsync(buyer.StoreId, request.Items!, now, cancellationToken, refuseBanned: buyer);
        budget.Check(lines);
        var priced = await pricing.PriceDiscountsAsync(buyer.StoreId, lines, request.CouponCode, request.GiftCardCode, now, cancellationToken);
        var placed = await placement.PlaceAsync(buyer, priced, now, cancellationToken);
        var order = placed.Order;
        FluxStoreTelemetry.OrderCreated(buyer.StoreId, order.PaymentCurrency, order.TotalAmountCents, placed.QueuedCommands); // committed
        return placed.Dto;
    }
}
