namespace FluxStore.Management.Application.Bans;

[RequirePermission(PermissionArea.Bans, PermissionAction.View)]
public sealed record GetBanQuery(Guid Id) : IRequest<BanDto>, IRequiresProPlan;

public sealed class GetBanQueryHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IMapper mapper)
    : IRequestHandler<GetBanQuery, BanDto>
{
    public Task<BanDto> Handle(GetBanQuery request, CancellationToken cancellationToken) =>
        BanQueries.LoadAsync(db, mapper.ConfigurationProvider, caller.RequireStoreId(), request.Id, clock.GetUtcNow().UtcDateTime, cancellationToken);
}
