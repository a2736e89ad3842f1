using FluxStore.Management.Domain.Bans;

namespace FluxStore.Management.Application.Bans;

[RequirePermission(PermissionArea.Bans, PermissionAction.Delete)]
public sealed record DeleteBanCommand(Guid Id) : IRequest<Unit>, IRequiresProPlan;

public sealed class DeleteBanCommandHandler(IApplicationDbContext db, ICallerContext caller)
    : IRequestHandler<DeleteBanCommand, Unit>
{
    public async Task<Unit> Handle(DeleteBanCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var ban = await db.Bans.FirstOrDefaultAsync(b => b.Id == request.Id && b.StoreId == storeId, cancellationToken)
            ?? throw new NotFoundException("Ban");
        db.Bans.Remove(ban);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
