using System.Text.Json.Serialization;
using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Domain.Packages;

namespace FluxStore.Management.Application.Packages;

/// <summary>PATCH: absent fields stay as they are; nullable fields sent as null are cleared.</summary>
[RequirePermission(PermissionArea.Packages, PermissionAction.Edit)]
public sealed record UpdatePackageCommand : IRequest<PackageDto>, IRequiresProPlan
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public Optional<string?> Name { get; init; }

    public Optional<string?> Description { get; init; }

    public Optional<decimal?> Price { get; init; }

    public Optional<string?> ImageUrl { get; init; }

    public Optional<bool?> IsActive { get; init; }

    public Optional<int?> SortOrder { get; init; }

    public Optional<Guid?> CategoryId { get; init; }

    public Optional<bool?> AllowCustomPrice { get; init; }

    public Optional<int?> GlobalLimit { get; init; }

    public Optional<int?> PerUserLimit { get; init; }

    public Optional<bool?> IsCumulative { get; init; }

    public Optional<bool?> IsTiered { get; init; }

    public Optional<bool?> IsSubscription { get; init; }

    public Optional<SubscriptionIntervalDto?> SubscriptionInterval { get; init; }

    public Optional<IReadOnlyList<Guid>?> ServerIds { get; init; }

    public Optional<IReadOnlyList<PackageCommandDto>?> Commands { get; init; }
}

public sealed class UpdatePackageCommandValidator : AbstractValidator<UpdatePackageCommand>
{
    public UpdatePackageCommandValidator()
    {
        this.WhenSet(x => x.Name, r => r.PackageName());
        this.WhenSet(x => x.Description, r => r.MaximumLength(Package.DescriptionMaxLength));
        this.WhenSet(x => x.Price, r => r.NotNull().ValidMoney());
        this.WhenSet(x => x.ImageUrl, r => r.ImageUrl());
        this.WhenSet(x => x.IsActive, r => r.NotNull());
        this.WhenSet(x => x.SortOrder, r => r.NotNull().GreaterThanOrEqualTo(0));
        this.WhenSet(x => x.AllowCustomPrice, r => r.NotNull());
        this.WhenSet(x => x.GlobalLimit, r => r.Limit());
        this.WhenSet(x => x.PerUserLimit, r => r.Limit());
        this.WhenSet(x => x.IsCumulative, r => r.NotNull());
        this.WhenSet(x => x.IsTiered, r => r.NotNull());
        this.WhenSet(x => x.IsSubscription, r => r.NotNull());
        this.WhenSet(x => x.SubscriptionInterval, r => r.Interval());
        this.WhenSet(x => x.ServerIds, r => r.ServerIds());
        this.WhenSet(x => x.Commands, r => r.Commands());
    }
}

public sealed class UpdatePackageCommandHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper, TimeProvider clock, Webhooks.IWebhookOutbox webhooks)
    : IRequestHandler<UpdatePackageCommand, PackageDto>
{
    public async Task<PackageDto> Handle(UpdatePackageCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var package = await db.Packages
            .Include(p => p.Servers)
            .Include(p => p.Commands)
            .FirstOrDefaultAsync(p => p.Id == request.Id && p.StoreId == storeId, cancellationToken)
            ?? throw new NotFoundException("Package");

        await PackageRules.CheckReferencesAsync(
            db,
            storeId,
            request.CategoryId.IsSet ? request.CategoryId.Value : null,
            request.ServerIds.IsSet ? request.ServerIds.Value : null,
            request.Commands.IsSet ? request.Commands.Value : null,
            cancellationToken);

        if (request.Name.IsSet) package.Name = request.Name.Value!.Trim();
        if (request.Description.IsSet) package.Description = request.Description.Value;
        if (request.Price.IsSet) package.PriceCents = Money.ToCents(request.Price.Value!.Value);
        if (request.ImageUrl.IsSet) package.ImageUrl = request.ImageUrl.Value;
        if (request.IsActive.IsSet) package.IsActive = request.IsActive.Value!.Value;
        if (request.SortOrder.IsSet) package.SortOrder = request.SortOrder.Value!.Value;
        if (request.CategoryId.IsSet) package.CategoryId = request.CategoryId.Value;
        if (request.AllowCustomPrice.IsSet) package.AllowCustomPrice = request.AllowCustomPrice.Value!.Value;
        if (request.GlobalLimit.IsSet) package.GlobalLimit = request.GlobalLimit.Value;
        if (request.PerUserLimit.IsSet) package.PerUserLimit = request.PerUserLimit.Value;
        if (request.IsCumulative.IsSet) package.IsCumulative = request.IsCumulative.Value!.Value;
        if (request.IsTiered.IsSet) package.IsTiered = request.IsTiered.Value!.Value;

        if (request.IsSubscription.IsSet || request.SubscriptionInterval.IsSet)
        {
            var isSubscription = request.IsSubscription.IsSet ? request.IsSubscription.Value!.Value : package.IsSubscription;
            var interval = request.SubscriptionInterval.IsSet ? request.SubscriptionInterval.Value : null;
            var value = request.SubscriptionInterval.IsSet ? interval?.Value : package.SubscriptionIntervalValue;
            var unit = request.SubscriptionInterval.IsSet ? PackageRules.ParseUnit(interval) : package.SubscriptionIntervalUnit;
            package.SetSubscription(isSubscription, value, unit);
        }

        if (request.ServerIds.IsSet) package.ReplaceServers(request.ServerIds.Value ?? []);
        if (request.Commands.IsSet)
        {
            db.PackageCommands.RemoveRange(package.Commands);
            package.ReplaceCommands((request.Commands.Value ?? []).Select(PackageRules.ToEntity));
            // New rows with their ids already set: found through the navigation, EF would take them for existing
            // rows and UPDATE them (0 rows → a concurrency error, a 500). Added explicitly, they are inserted.
            db.PackageCommands.AddRange(package.Commands);
        }

        package.Touch(clock.GetUtcNow().UtcDateTime);
        return await webhooks.SaveWithEventAsync(storeId, Domain.Webhooks.WebhookEventTypes.PackageUpdated, ct => PackageRules.LoadDtoAsync(db, mapper.ConfigurationProvider, storeId, package.Id, clock.GetUtcNow().UtcDateTime, ct), cancellationToken);
    }
}
