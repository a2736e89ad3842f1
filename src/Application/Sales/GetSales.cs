using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Application.Promotions;
using FluxStore.Management.Domain.Sales;

namespace FluxStore.Management.Application.Sales;

/// <summary><c>?search=summer&amp;status=active&amp;skip=0&amp;take=20</c>, latest start first.</summary>
[RequirePermission(PermissionArea.Sales, PermissionAction.View)]
public sealed record ListSalesQuery : PagedQuery, IRequest<PagedResult<SaleDto>>, IRequiresProPlan
{
    /// <summary>Part of the name, ignoring case.</summary>
    public string? Search { get; init; }

    /// <summary>"active", "scheduled", "ended" or "disabled".</summary>
    public string? Status { get; init; }
}

public sealed class ListSalesQueryValidator : AbstractValidator<ListSalesQuery>
{
    public ListSalesQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.Status).StatusFilter<ListSalesQuery, SaleStatus>();
    }
}

public sealed class ListSalesQueryHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock)
    : IRequestHandler<ListSalesQuery, PagedResult<SaleDto>>
{
    public Task<PagedResult<SaleDto>> Handle(ListSalesQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var query = SaleQueries.ForStore(db, caller.RequireStoreId());
        if (PromotionRules.NormalizedSearch(request.Search) is { } term)
        {
            query = query.Where(s => s.NormalizedName.Contains(term));
        }

        if (PromotionRules.TryParseFilter<SaleStatus>(request.Status, out var status))
        {
            query = query.WithStatus(status, now);
        }

        return SaleQueries.PageAsync(query, request, now, cancellationToken);
    }
}

[RequirePermission(PermissionArea.Sales, PermissionAction.View)]
public sealed record GetSaleQuery(Guid Id) : IRequest<SaleDto>, IRequiresProPlan;

public sealed class GetSaleQueryHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock)
    : IRequestHandler<GetSaleQuery, SaleDto>
{
    public Task<SaleDto> Handle(GetSaleQuery request, CancellationToken cancellationToken) =>
        SaleQueries.LoadAsync(db, caller.RequireStoreId(), request.Id, clock.GetUtcNow().UtcDateTime, cancellationToken);
}

[RequirePermission(PermissionArea.Sales, PermissionAction.Delete)]
public sealed record DeleteSaleCommand(Guid Id) : IRequest<Unit>, IRequiresProPlan;

public sealed class DeleteSaleCommandHandler(IApplicationDbContext db, ICallerContext caller)
    : IRequestHandler<DeleteSaleCommand, Unit>
{
    public async Task<Unit> Handle(DeleteSaleCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var sale = await db.Sales.FirstOrDefaultAsync(s => s.Id == request.Id && s.StoreId == storeId, cancellationToken)
            ?? throw new NotFoundException("Sale");

        // Scope rows go with it (cascade); packages simply lose the sale price it gave them.
        db.Sales.Remove(sale);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
