namespace FluxStore.Management.Application.Packages;

/// <summary>Sets <c>sortOrder</c> by position in <see cref="PackageIds"/> (peer feature).</summary>
[RequirePermission(PermissionArea.Packages, PermissionAction.Edit)]
public sealed record SortPackagesCommand : IRequest<IReadOnlyList<PackageDto>>, IRequiresProPlan
{
    public IReadOnlyList<Guid>? PackageIds { get; init; }
}

public sealed class SortPackagesCommandValidator : AbstractValidator<SortPackagesCommand>
{
    public SortPackagesCommandValidator()
    {
        RuleFor(x => x.PackageIds).NotEmpty();
        RuleFor(x => x.PackageIds)
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count)
            .WithMessage("'packageIds' must not repeat an id.")
            .Must(ids => ids is null || ids.Count <= 1000)
            .WithMessage("'packageIds' may hold at most 1000 ids.");
    }
}

public sealed class SortPackagesCommandHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper, TimeProvider clock)
    : IRequestHandler<SortPackagesCommand, IReadOnlyList<PackageDto>>
{
    public async Task<IReadOnlyList<PackageDto>> Handle(SortPackagesCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var ids = request.PackageIds!;
        var packages = await db.Packages
            .Where(p => p.StoreId == storeId && ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var unknown = ids.Where(id => !packages.ContainsKey(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new RequestValidationException(unknown.Select(id => $"packageIds: no package {id} exists in this store.").ToList());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        for (var position = 0; position < ids.Count; position++)
        {
            var package = packages[ids[position]];
            package.SortOrder = position;
            package.Touch(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        // Committed: the answer is read whatever happens to the request now (a retry must not write again).
        return await PackageRules.LoadAllAsync(db, mapper.ConfigurationProvider, storeId, now, CancellationToken.None);
    }
}
