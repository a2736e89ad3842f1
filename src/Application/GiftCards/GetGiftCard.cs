namespace FluxStore.Management.Application.GiftCards;

[RequirePermission(PermissionArea.GiftCards, PermissionAction.View)]
public sealed record GetGiftCardQuery(Guid Id) : IRequest<GiftCardDto>, IRequiresProPlan;

public sealed class GetGiftCardQueryHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IMapper mapper)
    : IRequestHandler<GetGiftCardQuery, GiftCardDto>
{
    public Task<GiftCardDto> Handle(GetGiftCardQuery request, CancellationToken cancellationToken) =>
        GiftCardQueries.LoadDtoAsync(db, mapper.ConfigurationProvider, caller.RequireStoreId(), request.Id, clock.GetUtcNow().UtcDateTime, cancellationToken);
}
