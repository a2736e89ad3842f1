using System.Text.Json.Serialization;
using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Application.Promotions;
using FluxStore.Management.Domain.Promotions;
using FluxStore.Management.Domain.Sales;

namespace FluxStore.Management.Application.Sales;

/// <summary>
/// PATCH: absent fields stay; <c>packageIds</c>/<c>categoryIds</c> null means an empty list; every other field is
/// required, so null is 400. Switching <c>applicationScope</c> drops the id list the new scope does not use.
/// </summary>
[RequirePermission(PermissionArea.Sales, PermissionAction.Edit)]
public sealed record UpdateSaleCommand : IRequest<SaleDto>, IRequiresProPlan
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public Optional<string?> Name { get; init; }

    public Optional<decimal?> DiscountPercentage { get; init; }

    public Optional<string?> ApplicationScope { get; init; }

    public Optional<IReadOnlyList<Guid>?> PackageIds { get; init; }

    public Optional<IReadOnlyList<Guid>?> CategoryIds { get; init; }

    public Optional<bool?> IsEnabled { get; init; }

    public Optional<DateTime?> StartDate { get; init; }

    public Optional<DateTime?> EndDate { get; init; }
}

public sealed class UpdateSaleCommandValidator : AbstractValidator<UpdateSaleCommand>
{
    public UpdateSaleCommandValidator()
    {
        this.WhenSet(x => x.Name, r => r.Cascade(CascadeMode.Stop).NotNullWhenSent().NotEmpty().MaximumLength(Sale.NameMaxLength));
        this.WhenSet(x => x.DiscountPercentage, r => r.Cascade(CascadeMode.Stop).NotNull().WithMessage("'discountPercentage' cannot be null.").Percentage());
        this.WhenSet(x => x.ApplicationScope, r => r.NotNullWhenSent().WireWord<UpdateSaleCommand, DiscountScope>());
        this.WhenSet(x => x.PackageIds, r => r.ScopeIds());
        this.WhenSet(x => x.CategoryIds, r => r.ScopeIds());
        this.WhenSet(x => x.IsEnabled, r => r.NotNull().WithMessage("'isEnabled' cannot be null."));
        this.WhenSet(x => x.StartDate, r => r.NotNull().WithMessage("'startDate' cannot be null."));
        this.WhenSet(x => x.EndDate, r => r.NotNull().WithMessage("'endDate' cannot be null."));
    }
}

public sealed class UpdateSaleCommandHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UpdateSaleCommand, SaleDto>
{
    public async Task<SaleDto> Handle(UpdateSaleCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var now = clock.GetUtcNow().UtcDateTime;
        var sale = await db.Sales
            .Include(s => s.Packages)
            .Include(s => s.Categories)
            .FirstOrDefaultAsync(s => s.Id == request.Id && s.StoreId == storeId, cancellationToken)
            ?? throw new NotFoundException("Sale");

        if (request.Name.IsSet) sale.SetName(request.Name.Value!);
        if (request.DiscountPercentage.IsSet) sale.SetPercentage(request.DiscountPercentage.Value!.Value);
        if (request.IsEnabled.IsSet) sale.IsEnabled = request.IsEnabled.Value!.Value;

        if (request.ApplicationScope.IsSet || request.PackageIds.IsSet || request.CategoryIds.IsSet)
        {
            var scope = request.ApplicationScope.IsSet ? PromotionRules.Parse(request.ApplicationScope.Value, sale.ApplicationScope) : sale.ApplicationScope;
            var packageIds = request.PackageIds.IsSet ? request.PackageIds.Value ?? [] : scope == DiscountScope.Packages ? sale.PackageIds : [];
            var categoryIds = request.CategoryIds.IsSet ? request.CategoryIds.Value ?? [] : scope == DiscountScope.Categories ? sale.CategoryIds : [];
            await PromotionRules.CheckScopeIdsAsync(
                db,
                storeId,
                request.PackageIds.IsSet ? packageIds : null,
                request.CategoryIds.IsSet ? categoryIds : null,
                cancellationToken);
            sale.SetScope(scope, packageIds, categoryIds);
        }

        if (request.StartDate.IsSet || request.EndDate.IsSet)
        {
            sale.SetPeriod(
                request.StartDate.IsSet ? UtcTime.Normalize(request.StartDate.Value!.Value) : sale.StartDate,
                request.EndDate.IsSet ? UtcTime.Normalize(request.EndDate.Value!.Value) : sale.EndDate);
        }

        sale.Touch(now);
        await db.SaveChangesAsync(cancellationToken);
        // Committed: the answer is read whatever happens to the request now (a retry must not write again).
        return await SaleQueries.LoadAsync(db, mapper.ConfigurationProvider, storeId, sale.Id, now, CancellationToken.None);
    }
}
