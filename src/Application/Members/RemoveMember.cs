namespace FluxStore.Management.Application.Members;

[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record RemoveMemberCommand(Guid StoreId, Guid UserId) : IRequest<Unit>, IStoreRequest;

public sealed class RemoveMemberCommandHandler(IApplicationDbContext db) : IRequestHandler<RemoveMemberCommand, Unit>
{
    public async Task<Unit> Handle(RemoveMemberCommand request, CancellationToken cancellationToken)
    {
        var member = await db.StoreMembers
            .FirstOrDefaultAsync(m => m.StoreId == request.StoreId && m.UserId == request.UserId, cancellationToken)
            ?? throw new NotFoundException("Member");
        if (member.IsOwner)
        {
            throw new RequestValidationException("The store owner cannot be removed.");
        }

        db.StoreMembers.Remove(member);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
