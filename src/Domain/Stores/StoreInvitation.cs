using FluxStore.Management.Domain.Common;
using FluxStore.Management.Domain.Security;
using FluxStore.Management.Domain.Users;

namespace FluxStore.Management.Domain.Stores;

/// <summary>
/// An offer of store membership to an email address. Nobody becomes a member until the account holding that email
/// accepts; the row stays after it is answered (accepted, declined or revoked) as the invitation's history.
/// </summary>
public sealed class StoreInvitation : Entity, IStoreOwned
{
    /// <summary>How long an invitation can be accepted.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private StoreInvitation()
    {
    }

    public StoreInvitation(Guid storeId, string email, PermissionSet permissions, Guid? invitedByUserId, DateTime now)
    {
        StoreId = storeId;
        Email = email.Trim();
        NormalizedEmail = User.Normalize(email);
        Permissions = permissions.ToStorage();
        InvitedByUserId = invitedByUserId;
        Status = InvitationStatus.Pending;
        CreatedAt = now;
        ExpiresAt = now + Lifetime;
    }

    public Guid StoreId { get; private set; }

    /// <summary>The address as the inviter typed it (trimmed).</summary>
    public string Email { get; private set; } = string.Empty;

    /// <summary>Matched against <see cref="User.NormalizedEmail"/> of the account that answers.</summary>
    public string NormalizedEmail { get; private set; } = string.Empty;

    /// <summary>Stored form of the <see cref="PermissionSet"/> the member gets on accepting.</summary>
    public string Permissions { get; private set; } = string.Empty;

    /// <summary>The member who sent (or last renewed) the invitation; no foreign key, like the audit trail.</summary>
    public Guid? InvitedByUserId { get; private set; }

    /// <summary>Stored status: <see cref="InvitationStatus.Pending"/> until answered; never <see cref="InvitationStatus.Expired"/>.</summary>
    public InvitationStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    /// <summary>When it was accepted, declined or revoked.</summary>
    public DateTime? RespondedAt { get; private set; }

    /// <summary>The status a reader sees at <paramref name="now"/>: a pending invitation past its expiry is expired.</summary>
    public static InvitationStatus StatusAt(InvitationStatus stored, DateTime expiresAt, DateTime now) =>
        stored == InvitationStatus.Pending && expiresAt <= now ? InvitationStatus.Expired : stored;

    public InvitationStatus StatusAt(DateTime now) => StatusAt(Status, ExpiresAt, now);

    /// <summary>Inviting the same address again while unanswered: new permissions, a fresh expiry, same invitation.</summary>
    public void Renew(PermissionSet permissions, Guid? invitedByUserId, DateTime now)
    {
        if (Status != InvitationStatus.Pending)
        {
            throw new DomainRuleException("Only an unanswered invitation can be renewed.");
        }

        Permissions = permissions.ToStorage();
        InvitedByUserId = invitedByUserId;
        ExpiresAt = now + Lifetime;
    }
}
