using FluxStore.Management.Application.Common.Mapping;
using FluxStore.Management.Application.Common.Privacy;
using FluxStore.Management.Domain.Stores;

namespace FluxStore.Management.Application.Invitations;

/// <summary>
/// An invitation to join a store. <c>email</c> is masked for the store's members and shown in full to the invitee
/// (it is their own address). <c>status</c>: <c>pending</c>, <c>accepted</c>, <c>declined</c>, <c>revoked</c> or
/// <c>expired</c> (pending past <c>expiresAt</c>).
/// </summary>
public sealed record InvitationDto(
    Guid Id, Guid StoreId, string StoreName, string Email, IReadOnlyList<string> Permissions, DateTime ExpiresAt, string Status);

/// <summary>By hand, not AutoMapper: the DTO is built from two entities (invitation + store) joined without a navigation.</summary>
internal static class InvitationProjection
{
    public static InvitationDto ToDto(StoreInvitation invitation, string storeName, DateTime now, bool maskEmail) => new(
        invitation.Id,
        invitation.StoreId,
        storeName,
        maskEmail ? EmailMask.Mask(invitation.Email)! : invitation.Email,
        PermissionSet.FromStorage(invitation.Permissions).Items.Select(p => p.ToString()).Order().ToList(),
        invitation.ExpiresAt,
        WireNames.Of(invitation.StatusAt(now)));
}
