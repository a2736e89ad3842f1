using System.Text.Json.Serialization;
using FluxStore.Management.Domain.Audit;
using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Domain.Users;

namespace FluxStore.Management.Application.Invitations;

/// <summary>
/// <c>POST /api/stores/{storeId}/members</c>: invites an email address. Nobody is added here: the account holding the
/// address becomes a member only by accepting (<see cref="AcceptInvitationCommand"/>). The answer is the same whether or
/// not an account uses the address, so the endpoint cannot be used to find out who is registered. Inviting an address
/// that already has an unanswered invitation to the store renews that invitation (new permissions, fresh expiry).
/// </summary>
[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record InviteMemberCommand : IRequest<InvitationDto>, IStoreRequest
{
    [JsonIgnore]
    public Guid StoreId { get; init; }

    public string Email { get; init; } = string.Empty;

    public IReadOnlyList<string> Permissions { get; init; } = [];
}

public sealed class InviteMemberCommandValidator : AbstractValidator<InviteMemberCommand>
{
    public InviteMemberCommandValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(User.EmailMaxLength).EmailAddress();
        RuleFor(x => x.Permissions).NotNull();
        RuleForEach(x => x.Permissions)
            .Must(p => Permission.TryParse(p, out var parsed) && PermissionCatalog.MemberPermissions.Contains(parsed))
            .WithMessage("'permissions' may only hold Stores:View and Stores:Edit; '{PropertyValue}' is not one of them.");
    }
}

public sealed class InviteMemberCommandHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock)
    : IRequestHandler<InviteMemberCommand, InvitationDto>
{
    public async Task<InvitationDto> Handle(InviteMemberCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var callerId = caller.RequireUserId();
        var normalized = User.Normalize(request.Email);

        // Only members are looked at (the inviter can already list them), never whether an account exists.
        var alreadyMember = await db.StoreMembers.AsNoTracking()
            .Where(m => m.StoreId == request.StoreId)
            .Join(db.Users, m => m.UserId, u => u.Id, (_, u) => u.NormalizedEmail)
            .AnyAsync(e => e == normalized, cancellationToken);
        if (alreadyMember)
        {
            throw new RequestValidationException("email: this address belongs to a member of the store already.");
        }

        var permissions = PermissionSet.Of(request.Permissions.Select(p =>
        {
            Permission.TryParse(p, out var parsed);
            return parsed;
        }));
        var invitation = await db.StoreInvitations
            .Where(i => i.StoreId == request.StoreId && i.NormalizedEmail == normalized && i.Status == InvitationStatus.Pending)
            .OrderByDescending(i => i.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (invitation is null)
        {
            invitation = new StoreInvitation(request.StoreId, request.Email, permissions, callerId, now);
            db.StoreInvitations.Add(invitation);
        }
        else
        {
            invitation.Renew(permissions, callerId, now);
        }

        db.AuditEntries.Add(new AuditEntry(
            request.StoreId, callerId, AuditActions.InvitationCreated, AuditTargets.StoreInvitation, invitation.Id, now));
        await db.SaveChangesAsync(cancellationToken);

        var storeName = await db.Stores.AsNoTracking().Where(s => s.Id == request.StoreId).Select(s => s.Name).FirstAsync(cancellationToken);
        return InvitationProjection.ToDto(invitation, storeName, now, maskEmail: true);
    }
}
