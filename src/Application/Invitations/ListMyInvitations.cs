using FluxStore.Management.Domain.Stores;

namespace FluxStore.Management.Application.Invitations;

/// <summary>The caller's pending, unexpired invitations (addressed to the email of their account), oldest first.</summary>
[RequireSignedInUser]
public sealed record ListMyInvitationsQuery : IRequest<IReadOnlyList<InvitationDto>>;

public sealed class ListMyInvitationsQueryHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock)
    : IRequestHandler<ListMyInvitationsQuery, IReadOnlyList<InvitationDto>>
{
    public async Task<IReadOnlyList<InvitationDto>> Handle(ListMyInvitationsQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var email = await InvitationLookup.CallerEmailAsync(db, caller, cancellationToken);
        if (email is null)
        {
            return [];
        }

        // By hand: each invitation is joined to its store's name without a navigation.
        var rows = await db.StoreInvitations.AsNoTracking()
            .Where(i => i.NormalizedEmail == email && i.Status == InvitationStatus.Pending && i.ExpiresAt > now)
            .Join(db.Stores, i => i.StoreId, s => s.Id, (i, s) => new { Invitation = i, StoreName = s.Name })
            .OrderBy(x => x.Invitation.CreatedAt).ThenBy(x => x.Invitation.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(r => InvitationProjection.ToDto(r.Invitation, r.StoreName, now, maskEmail: false)).ToList();
    }
}

internal static class InvitationLookup
{
    /// <summary>The normalized email of the calling account; null when the account no longer exists.</summary>
    public static async Task<string?> CallerEmailAsync(IApplicationDbContext db, ICallerContext caller, CancellationToken cancellationToken)
    {
        var userId = caller.RequireUserId();
        return await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.NormalizedEmail).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Why an invitation addressed to the caller cannot be answered any more.</summary>
    public static string Unanswerable(InvitationStatus status, DateTime expiresAt) => status switch
    {
        InvitationStatus.Accepted => "You have already accepted this invitation.",
        InvitationStatus.Declined => "You have already declined this invitation.",
        InvitationStatus.Revoked => "The store has revoked this invitation.",
        InvitationStatus.Expired => $"This invitation expired at {expiresAt:yyyy-MM-ddTHH:mm:ssZ}; ask the store for a new one.",
        _ => "This invitation can no longer be answered.",
    };
}
