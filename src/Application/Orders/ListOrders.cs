using FluxStore.Management.Application.Common.Paging;
using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Players;
using FluxStore.Management.Domain.Stores;

namespace FluxStore.Management.Application.Orders;

/// <summary>
/// <c>GET /orders</c>: newest first; filters <c>playerUsername</c> (ignoring case), <c>playerUuid</c>,
/// <c>status</c> (ignoring case; <c>refunded</c> and <c>partiallyrefunded</c> included) and (peer) <c>packageId</c>, <c>couponId</c>, <c>from</c>/<c>to</c> on createdAt.
/// </summary>
[RequirePermission(PermissionArea.Orders, PermissionAction.View)]
public sealed record ListOrdersQuery : CursorPagedQuery, IRequest<ListPage<OrderDto>>, IRequiresProPlan
{
    public string? PlayerUsername { get; init; }

    public string? PlayerUuid { get; init; }

    public string? Status { get; init; }

    public Guid? PackageId { get; init; }

    public Guid? CouponId { get; init; }

    public DateTime? From { get; init; }

    public DateTime? To { get; init; }
}

public sealed class ListOrdersQueryValidator : AbstractValidator<ListOrdersQuery>
{
    public ListOrdersQueryValidator()
    {
        this.AddCursorPagingRules();
        RuleFor(x => x.PlayerUsername).MaximumLength(PlayerIdentity.UsernameMaxLength);
        RuleFor(x => x.PlayerUuid)
            .Must(u => string.IsNullOrEmpty(u) || PlayerIdentity.TryNormalizeUuid(u, out _))
            .WithMessage("'playerUuid' must be a UUID (with or without dashes).");
        RuleFor(x => x.Status)
            .Must(s => string.IsNullOrEmpty(s) || OrderQueries.TryParseStatus(s, out _))
            .WithMessage($"'status' must be one of {string.Join(", ", Enum.GetNames<OrderStatus>().Select(n => n.ToLowerInvariant()))}.");
        RuleFor(x => x.To)
            .Must((query, to) => query.From is null || to is null || UtcTime.Normalize(to.Value) >= UtcTime.Normalize(query.From.Value))
            .WithMessage("'to' must not be before 'from'.");
    }
}

public sealed class ListOrdersQueryHandler(IApplicationDbContext db, ICallerContext caller, IListCursorProtector cursors)
    : IRequestHandler<ListOrdersQuery, ListPage<OrderDto>>
{
    public async Task<ListPage<OrderDto>> Handle(ListOrdersQuery request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var orders = db.Orders.AsNoTracking().Where(o => o.StoreId == storeId);
        var counted = true; // no filter but status: the spec form's total from the store's counts

        if (!string.IsNullOrWhiteSpace(request.PlayerUsername))
        {
            var name = PlayerIdentity.NormalizeUsername(request.PlayerUsername);
            orders = orders.Where(o => o.NormalizedUsername == name);
            counted = false;
        }

        if (!string.IsNullOrWhiteSpace(request.PlayerUuid) && PlayerIdentity.TryNormalizeUuid(request.PlayerUuid, out var uuid))
        {
            orders = orders.Where(o => o.PlayerUuid == uuid);
            counted = false;
        }

        OrderStatus? byStatus = null;
        if (!string.IsNullOrWhiteSpace(request.Status) && OrderQueries.TryParseStatus(request.Status, out var status))
        {
            orders = orders.Where(o => o.Status == status);
            byStatus = status;
        }

        if (request.PackageId is { } packageId)
        {
            orders = orders.Where(o => o.Items.Any(i => i.PackageId == packageId));
            counted = false;
        }

        if (request.CouponId is { } couponId)
        {
            orders = orders.Where(o => o.CouponId == couponId);
            counted = false;
        }

        if (request.From is { } from)
        {
            var start = UtcTime.Normalize(from);
            orders = orders.Where(o => o.CreatedAt >= start);
            counted = false;
        }

        if (request.To is { } to)
        {
            var end = UtcTime.Normalize(to);
            orders = orders.Where(o => o.CreatedAt <= end);
            counted = false;
        }

        // One query whatever the page size: the page of orders (LIMIT in a subquery) joined with its items and its
        // refunds with their item ids; split into one query per collection it cost a round trip more per page.
        var unfiltered = counted && byStatus is null; // no filter at all: the cursor pages' compiled queries
        var context = db.AsDbContext();
        var list = OrderQueries.List;
        return await Keyset.PageAsync(
            orders, list.Order, request, storeId, cursors,
            ordered => ordered.AsSingleQuery().Select(list.ProjectionFor(context)),
            o => o.CreatedAt, o => o.Id, cancellationToken,
            !counted ? null
            : byStatus is { } only ? StoreTotals.Of(db, storeId, StoreCount.Orders(only))
            : StoreTotals.OfPrefix(db, storeId, StoreCount.OrdersPrefix),
            unfiltered ? (cursor, backward, take) => list.Page(context, storeId, cursor, backward, take) : null);
    }
}
