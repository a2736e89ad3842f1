using FluxStore.Management.Application.Common.Privacy;
using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Domain.Users;

namespace FluxStore.Management.Application.Members;

public sealed record MemberDto(
    Guid UserId, string Email, string? DisplayName, bool IsOwner, IReadOnlyList<string> Permissions, DateTime CreatedAt);

/// <summary>By hand, not AutoMapper: the DTO is built from two entities (member + user) joined without a navigation.</summary>
internal static class MemberProjection
{
    public static MemberDto ToDto(StoreMember member, User user, Guid callerId) => new(
        user.Id,
        user.Id == callerId ? user.Email : EmailMask.Mask(user.Email)!,
        user.DisplayName,
        member.IsOwner,
        PermissionSet.FromStorage(member.Permissions).Items.Select(p => p.ToString()).Order().ToList(),
        member.CreatedAt);
}
