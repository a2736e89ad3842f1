using FluxStore.Management.Application.Common.Mapping;
using FluxStore.Management.Domain.Packages;

namespace FluxStore.Management.Application.Packages;

/// <summary>Field rules shared by create and update.</summary>
internal static class PackageRules
{
    public static IRuleBuilderOptions<T, string?> PackageName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(Package.NameMaxLength);

    public static IRuleBuilderOptions<T, string?> ImageUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(Package.ImageUrlMaxLength)
            .Must(url => url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            .WithMessage("'imageUrl' must be an absolute http or https URL.");

    public static IRuleBuilderOptions<T, int?> Limit<T>(this IRuleBuilder<T, int?> rule) =>
        rule.Must(v => v is null or >= 1 and <= 1_000_000).WithMessage("'{PropertyName}' must be null or between 1 and 1000000.");

    public static IRuleBuilderOptions<T, IReadOnlyList<Guid>?> ServerIds<T>(this IRuleBuilder<T, IReadOnlyList<Guid>?> rule) =>
        rule.Must(ids => ids is null || ids.Count <= Package.MaxServers)
            .WithMessage($"'{{PropertyName}}' may hold at most {Package.MaxServers} servers.");

    public static void Interval<T>(this IRuleBuilder<T, SubscriptionIntervalDto?> rule) =>
        rule.ChildRules(interval =>
        {
            interval.RuleFor(i => i!.Value).InclusiveBetween(1, 365).OverridePropertyName("subscriptionInterval.value");
            interval.RuleFor(i => i!.Unit)
                .Must(u => WireNames.TryParse<IntervalUnit>(u, out _))
                .OverridePropertyName("subscriptionInterval.unit")
                .WithMessage($"'subscriptionInterval.unit' must be one of {WireNames.Choices<IntervalUnit>()}.");
        });

    public static void Commands<T>(this IRuleBuilder<T, IReadOnlyList<PackageCommandDto>?> rule) =>
        rule.Must(c => c is null || c.Count <= Package.MaxCommands)
            .WithMessage($"'commands' may hold at most {Package.MaxCommands} commands.")
            .ForEach(command => command
                .NotNull()
                .ChildRules(c =>
                {
                    c.RuleFor(x => x.Stage)
                        .Must(s => WireNames.TryParse<CommandStage>(s, out _))
                        .WithMessage($"'stage' must be one of {WireNames.Choices<CommandStage>()}.");
                    c.RuleFor(x => x.Content).NotEmpty().MaximumLength(PackageCommand.ContentMaxLength);
                }));

    public static PackageCommand ToEntity(PackageCommandDto dto)
    {
        WireNames.TryParse<CommandStage>(dto.Stage, out var stage);
        return new PackageCommand(stage, dto.Content, dto.OnlineOnly, dto.ServerIds);
    }

    /// <summary>categoryId and every server id (package and commands) must belong to the store.</summary>
    public static async Task CheckReferencesAsync(
        IApplicationDbContext db,
        Guid storeId,
        Guid? categoryId,
        IReadOnlyList<Guid>? serverIds,
        IReadOnlyList<PackageCommandDto>? commands,
        CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (categoryId is { } category
            && !await db.Categories.AnyAsync(c => c.Id == category && c.StoreId == storeId, cancellationToken))
        {
            errors.Add($"categoryId: no category {category} exists in this store.");
        }

        var wanted = (serverIds ?? [])
            .Concat(commands?.SelectMany(c => c.ServerIds ?? []) ?? [])
            .Distinct()
            .ToList();
        if (wanted.Count > 0)
        {
            var known = await db.GameServers.AsNoTracking()
                .Where(s => s.StoreId == storeId && wanted.Contains(s.Id))
                .Select(s => s.Id)
                .ToListAsync(cancellationToken);
            errors.AddRange(wanted.Except(known).Select(id => $"serverIds: no server {id} exists in this store."));
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }

    public static IntervalUnit? ParseUnit(SubscriptionIntervalDto? interval) =>
        interval is not null && WireNames.TryParse<IntervalUnit>(interval.Unit, out var unit) ? unit : null;

    public static async Task<PackageDto> LoadDtoAsync(IApplicationDbContext db, IConfigurationProvider mapping, Guid storeId, Guid id, DateTime now, CancellationToken ct)
    {
        var dto = await PackageQueries.ForStore(db, storeId).Where(p => p.Id == id).ProjectTo<PackageDto>(mapping).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Package");
        return (await PackageSalePrices.ApplyAsync(db, storeId, [dto], now, ct))[0];
    }

    /// <summary>
    /// Every package of the store in list order, with sale prices. Split query: commands and servers come in
    /// one query each, so rows do not multiply (commands × servers × packages) as a single joined query's would.
    /// </summary>
    public static async Task<IReadOnlyList<PackageDto>> LoadAllAsync(IApplicationDbContext db, IConfigurationProvider mapping, Guid storeId, DateTime now, CancellationToken ct)
    {
        var dtos = await PackageQueries.ForStore(db, storeId)
            .AsSplitQuery()
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Id)
            .ProjectTo<PackageDto>(mapping)
            .ToListAsync(ct);
        return await PackageSalePrices.ApplyAsync(db, storeId, dtos, now, ct);
    }
}
