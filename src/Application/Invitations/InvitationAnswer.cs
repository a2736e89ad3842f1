using FluxStore.Management.Domain.Audit;
using FluxStore.Management.Domain.Stores;

namespace FluxStore.Management.Application.Invitations;

/// <summary>Accepting and declining: one conditional update on a pending, unexpired invitation of the caller's email.</summary>
internal static class InvitationAnswer
{
    public static async Task<InvitationDto> AnswerAsync(
        IApplicationDbContext db, ICallerContext caller, TimeProvider clock, Guid id, bool accept, CancellationToken cancellationToken)
    {
        var userId = caller.RequireUserId();
        var email = await InvitationLookup.CallerEmailAsync(db, caller, cancellationToken);

        // Someone else's invitation (or none) looks the same: not found.
        var invitations = db.StoreInvitations.Where(i => i.Id == id && i.NormalizedEmail == email);
        if (email is null || !await invitations.AnyAsync(cancellationToken))
        {
            throw new NotFoundException("Invitation");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var answer = accept ? InvitationStatus.Accepted : InvitationStatus.Declined;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Conditional on "pending and unexpired": answering twice, or racing a revoke, cannot both succeed.
        var answered = await invitations
            .Where(i => i.Status == InvitationStatus.Pending && i.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, answer).SetProperty(i => i.RespondedAt, now), cancellationToken);
        var invitation = await invitations.AsNoTracking().FirstAsync(cancellationToken);
        if (answered == 0)
        {
            throw new RequestValidationException(InvitationLookup.Unanswerable(invitation.StatusAt(now), invitation.ExpiresAt));
        }

        if (accept && !await db.StoreMembers.AnyAsync(m => m.StoreId == invitation.StoreId && m.UserId == userId, cancellationToken))
        {
            db.StoreMembers.Add(new StoreMember(
                invitation.StoreId, userId, isOwner: false, PermissionSet.FromStorage(invitation.Permissions), now));
        }

        db.AuditEntries.Add(new AuditEntry(
            invitation.StoreId,
            userId,
            accept ? AuditActions.InvitationAccepted : AuditActions.InvitationDeclined,
            AuditTargets.StoreInvitation,
            invitation.Id,
            now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var storeName = await db.Stores.AsNoTracking().Where(s => s.Id == invitation.StoreId).Select(s => s.Name).FirstAsync(cancellationToken);
        return InvitationProjection.ToDto(invitation, storeName, now, maskEmail: false);
    }
}
