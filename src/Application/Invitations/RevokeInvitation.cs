using FluxStore.Management.Domain.Audit;
using FluxStore.Management.Domain.Stores;

namespace FluxStore.Management.Application.Invitations;

/// <summary>Withdraws an unanswered invitation; it can no longer be accepted.</summary>
[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record RevokeInvitationCommand(Guid StoreId, Guid Id) : IRequest<Unit>, IStoreRequest;

public sealed class RevokeInvitationCommandHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock)
    : IRequestHandler<RevokeInvitationCommand, Unit>
{
    public async Task<Unit> Handle(RevokeInvitationCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Conditional on "still unanswered", so a revoke and an accept racing each other cannot both win.
        var revoked = await db.StoreInvitations
            .Where(i => i.Id == request.Id && i.StoreId == request.StoreId && i.Status == InvitationStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, InvitationStatus.Revoked).SetProperty(i => i.RespondedAt, now), cancellationToken);
        if (revoked == 0)
        {
            var status = await db.StoreInvitations.AsNoTracking()
                .Where(i => i.Id == request.Id && i.StoreId == request.StoreId)
                .Select(i => (InvitationStatus?)i.Status)
                .FirstOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Invitation");
            throw new RequestValidationException($"This invitation was already {InvitationMessages.Past(status)}; only an unanswered invitation can be revoked.");
        }

        db.AuditEntries.Add(new AuditEntry(
            request.StoreId, caller.UserId, AuditActions.InvitationRevoked, AuditTargets.StoreInvitation, request.Id, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class InvitationMessages
{
    public static string Past(InvitationStatus status) => status switch
    {
        InvitationStatus.Accepted => "accepted",
        InvitationStatus.Declined => "declined",
        InvitationStatus.Revoked => "revoked",
        InvitationStatus.Expired => "expired",
        _ => "answered",
    };
}
