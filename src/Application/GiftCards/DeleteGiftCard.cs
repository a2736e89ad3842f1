namespace FluxStore.Management.Application.GiftCards;

[RequirePermission(PermissionArea.GiftCards, PermissionAction.Delete)]
public sealed record DeleteGiftCardCommand(Guid Id) : IRequest<Unit>, IRequiresProPlan;

public sealed class DeleteGiftCardCommandHandler(IApplicationDbContext db, ICallerContext caller)
    : IRequestHandler<DeleteGiftCardCommand, Unit>
{
    public async Task<Unit> Handle(DeleteGiftCardCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var deleted = await db.GiftCards
            .Where(g => g.Id == request.Id && g.StoreId == storeId)
            .ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? throw new NotFoundException("Gift card") : Unit.Value;
    }
}
