using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Domain.Packages;

namespace FluxStore.Management.Application.Packages;

[RequirePermission(PermissionArea.Packages, PermissionAction.Edit)]
public sealed record CreatePackageCommand : IRequest<PackageDto>, IRequiresProPlan
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    public decimal? Price { get; init; }

    public string? ImageUrl { get; init; }

    public bool IsActive { get; init; } = true;

    public int SortOrder { get; init; }

    public Guid? CategoryId { get; init; }

    public bool AllowCustomPrice { get; init; }

    public int? GlobalLimit { get; init; }

    public int? PerUserLimit { get; init; }

    public bool IsCumulative { get; init; }

    public bool IsTiered { get; init; }

    public bool IsSubscription { get; init; }

    public SubscriptionIntervalDto? SubscriptionInterval { get; init; }

    public IReadOnlyList<Guid>? ServerIds { get; init; }

    public IReadOnlyList<PackageCommandDto>? Commands { get; init; }
}

public sealed class CreatePackageCommandValidator : AbstractValidator<CreatePackageCommand>
{
    public CreatePackageCommandValidator()
    {
        RuleFor(x => x.Name).PackageName();
        RuleFor(x => x.Description).MaximumLength(Package.DescriptionMaxLength);
        RuleFor(x => x.Price).NotNull().ValidMoney();
        RuleFor(x => x.ImageUrl).ImageUrl();
        RuleFor(x => x.SortOrder).GreaterThanOrEqualTo(0);
        RuleFor(x => x.GlobalLimit).Limit();
        RuleFor(x => x.PerUserLimit).Limit();
        RuleFor(x => x.ServerIds).ServerIds();
        RuleFor(x => x.Commands).Commands();
        RuleFor(x => x.SubscriptionInterval).Interval();
        RuleFor(x => x.SubscriptionInterval).NotNull().When(x => x.IsSubscription)
            .WithMessage("'subscriptionInterval' is required when 'isSubscription' is true.");
        RuleFor(x => x.SubscriptionInterval).Null().When(x => !x.IsSubscription)
            .WithMessage("'subscriptionInterval' is only allowed when 'isSubscription' is true.");
    }
}

public sealed class CreatePackageCommandHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper, TimeProvider clock, Webhooks.IWebhookOutbox webhooks)
    : IRequestHandler<CreatePackageCommand, PackageDto>
{
    public async Task<PackageDto> Handle(CreatePackageCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        await PackageRules.CheckReferencesAsync(db, storeId, request.CategoryId, request.ServerIds, request.Commands, cancellationToken);

        var package = new Package(storeId, request.Name!, clock.GetUtcNow().UtcDateTime)
        {
            Description = request.Description,
            PriceCents = Money.ToCents(request.Price!.Value),
            ImageUrl = request.ImageUrl,
            IsActive = request.IsActive,
            SortOrder = request.SortOrder,
            CategoryId = request.CategoryId,
            AllowCustomPrice = request.AllowCustomPrice,
            GlobalLimit = request.GlobalLimit,
            PerUserLimit = request.PerUserLimit,
            IsCumulative = request.IsCumulative,
            IsTiered = request.IsTiered,
        };
        package.SetSubscription(request.IsSubscription, request.SubscriptionInterval?.Value, PackageRules.ParseUnit(request.SubscriptionInterval));
        package.ReplaceServers(request.ServerIds ?? []);
        package.ReplaceCommands((request.Commands ?? []).Select(PackageRules.ToEntity));
        db.Packages.Add(package);
        return await webhooks.SaveWithEventAsync(storeId, Domain.Webhooks.WebhookEventTypes.PackageCreated, ct => PackageRules.LoadDtoAsync(db, mapper.ConfigurationProvider, storeId, package.Id, clock.GetUtcNow().UtcDateTime, ct), cancellationToken);
    }
}
