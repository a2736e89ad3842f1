namespace FluxStore.Management.Application.GiftCards;

[RequirePermission(PermissionArea.GiftCards, PermissionAction.Delete)]
public sealed record DeleteGiftCardCommand(Guid Id) : IRequest<Unit>, IRequiresProPlan;

/// <summary>Loads and removes the card through the change tracker, so the save records its audit entry with it.</summary>
public sealed class DeleteGiftCardCommandHandler(IApplicationDbContext db, ICallerContext caller)
    : IRequestHandler<DeleteGiftCardCommand, Unit>
{
    public async Task<Unit> Handle(DeleteGiftCardCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var card = await db.GiftCards.FirstOrDefaultAsync(g => g.Id == request.Id && g.StoreId == storeId, cancellationToken)
            ?? throw new NotFoundException("Gift card");
        db.GiftCards.Remove(card);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Deleted by a concurrent request since it was read.
            throw new NotFoundException("Gift card");
        }

        return Unit.Value;
    }
}
