using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Domain.Customers;
using FluxStore.Management.Domain.Subscriptions;

namespace FluxStore.Management.Application.Subscriptions;

public sealed record SubscriptionDto
{
    public Guid Id { get; init; }

    public string PlayerUsername { get; init; } = string.Empty;

    public string? PlayerUuid { get; init; }

    public Guid PackageId { get; init; }

    public string PackageName { get; init; } = string.Empty;

    public Guid OrderId { get; init; }

    /// <summary>"Active", "Cancelled" or "Expired".</summary>
    public string Status { get; init; } = string.Empty;

    public DateTime StartedAt { get; init; }

    public DateTime CurrentPeriodEnd { get; init; }
}

internal static class SubscriptionQueries
{
    public static IQueryable<SubscriptionDto> Project(IQueryable<Subscription> subscriptions) =>
        subscriptions.Select(s => new SubscriptionDto
        {
            Id = s.Id,
            PlayerUsername = s.PlayerUsername,
            PlayerUuid = s.PlayerUuid,
            PackageId = s.PackageId,
            PackageName = s.PackageName,
            OrderId = s.OrderId,
            Status = s.Status.ToString(),
            StartedAt = s.StartedAt,
            CurrentPeriodEnd = s.CurrentPeriodEnd,
        });
}

/// <summary><c>GET /subscriptions?playerUsername=Steve</c>: newest first.</summary>
[RequirePermission(PermissionArea.Subscriptions, PermissionAction.View)]
public sealed record ListSubscriptionsQuery : PagedQuery, IRequest<PagedResult<SubscriptionDto>>, IRequiresProPlan
{
    public string? PlayerUsername { get; init; }
}

public sealed class ListSubscriptionsQueryValidator : AbstractValidator<ListSubscriptionsQuery>
{
    public ListSubscriptionsQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.PlayerUsername).MaximumLength(Customer.UsernameMaxLength);
    }
}

public sealed class ListSubscriptionsQueryHandler(IApplicationDbContext db, ICallerContext caller)
    : IRequestHandler<ListSubscriptionsQuery, PagedResult<SubscriptionDto>>
{
    public Task<PagedResult<SubscriptionDto>> Handle(ListSubscriptionsQuery request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var subscriptions = db.Subscriptions.AsNoTracking().Where(s => s.StoreId == storeId);
        if (!string.IsNullOrWhiteSpace(request.PlayerUsername))
        {
            var name = Customer.NormalizeUsername(request.PlayerUsername);
            subscriptions = subscriptions.Where(s => s.NormalizedUsername == name);
        }

        return SubscriptionQueries.Project(subscriptions.OrderByDescending(s => s.StartedAt).ThenByDescending(s => s.Id))
            .ToPagedResultAsync(request, cancellationToken);
    }
}

[RequirePermission(PermissionArea.Subscriptions, PermissionAction.View)]
public sealed record GetSubscriptionQuery(Guid Id) : IRequest<SubscriptionDto>, IRequiresProPlan;

public sealed class GetSubscriptionQueryHandler(IApplicationDbContext db, ICallerContext caller)
    : IRequestHandler<GetSubscriptionQuery, SubscriptionDto>
{
    public async Task<SubscriptionDto> Handle(GetSubscriptionQuery request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        return await SubscriptionQueries.Project(db.Subscriptions.AsNoTracking().Where(s => s.Id == request.Id && s.StoreId == storeId))
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Subscription");
    }
}
