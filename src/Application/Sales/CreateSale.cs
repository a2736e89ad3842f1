using FluxStore.Management.Application.Promotions;
using FluxStore.Management.Domain.Promotions;
using FluxStore.Management.Domain.Sales;

namespace FluxStore.Management.Application.Sales;

/// <summary>
/// Creates a sale: <c>discountPercentage</c> (0 &lt; v ≤ 100, two decimals) off the price of the packages it covers
/// while enabled and <c>startDate</c> ≤ now &lt; <c>endDate</c>. <c>applicationScope</c>: "store" (default, every
/// package, no ids), "categories" (packages of the listed <c>categoryIds</c>, at least one) or "packages" (the listed
/// <c>packageIds</c>, at least one). Ids must belong to the store. When several active sales cover a package, the
/// highest percentage wins (sales do not stack).
/// </summary>
[RequirePermission(PermissionArea.Sales, PermissionAction.Edit)]
public sealed record CreateSaleCommand : IRequest<SaleDto>, IRequiresProPlan
{
    public string? Name { get; init; }

    public decimal? DiscountPercentage { get; init; }

    /// <summary>"store" (default), "categories" or "packages".</summary>
    public string? ApplicationScope { get; init; }

    public IReadOnlyList<Guid>? PackageIds { get; init; }

    public IReadOnlyList<Guid>? CategoryIds { get; init; }

    public bool IsEnabled { get; init; } = true;

    public DateTime? StartDate { get; init; }

    public DateTime? EndDate { get; init; }
}

public sealed class CreateSaleCommandValidator : AbstractValidator<CreateSaleCommand>
{
    public CreateSaleCommandValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Sale.NameMaxLength);
        RuleFor(x => x.DiscountPercentage).NotNull().Percentage();
        RuleFor(x => x.ApplicationScope).WireWord<CreateSaleCommand, DiscountScope>();
        RuleFor(x => x.PackageIds).ScopeIds();
        RuleFor(x => x.CategoryIds).ScopeIds();
        RuleFor(x => x.StartDate).NotNull();
        RuleFor(x => x.EndDate).NotNull();
        RuleFor(x => x.EndDate)
            .Must((x, end) => end is null || x.StartDate is null || end > x.StartDate)
            .WithMessage("'endDate' must be after 'startDate'.");
    }
}

public sealed class CreateSaleCommandHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IMapper mapper)
    : IRequestHandler<CreateSaleCommand, SaleDto>
{
    public async Task<SaleDto> Handle(CreateSaleCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var now = clock.GetUtcNow().UtcDateTime;

        var sale = new Sale(storeId, request.Name!, now) { IsEnabled = request.IsEnabled };
        sale.SetPercentage(request.DiscountPercentage!.Value);
        sale.SetScope(PromotionRules.Parse(request.ApplicationScope, DiscountScope.Store), request.PackageIds, request.CategoryIds);
        sale.SetPeriod(UtcTime.Normalize(request.StartDate!.Value), UtcTime.Normalize(request.EndDate!.Value));
        await PromotionRules.CheckScopeIdsAsync(db, storeId, request.PackageIds, request.CategoryIds, cancellationToken);

        db.Sales.Add(sale);
        await db.SaveChangesAsync(cancellationToken);
        // Committed: the answer is read whatever happens to the request now (a retry must not write again).
        return await SaleQueries.LoadAsync(db, mapper.ConfigurationProvider, storeId, sale.Id, now, CancellationToken.None);
    }
}
