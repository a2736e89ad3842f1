namespace FluxStore.Management.Application.GiftCards;

[RequirePermission(PermissionArea.GiftCards, PermissionAction.View)]
public sealed record GetGiftCardQuery(Guid Id) : IRequest<GiftCardDto>, IRequiresProPlan;

public sealed class GetGiftCardQueryHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock)
    : IRequestHandler<GetGiftCardQuery, GiftCardDto>
{
    public Task<GiftCardDto> Handle(GetGiftCardQuery request, CancellationToken cancellationToken) =>
        GiftCardQueries.LoadDtoAsync(db, caller.RequireStoreId(), request.Id, clock.GetUtcNow().UtcDateTime, cancellationToken);
}
