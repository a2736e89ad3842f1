using System.Text.Json.Serialization;
using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Domain.Users;

namespace FluxStore.Management.Application.Members;

[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record AddMemberCommand : IRequest<MemberDto>, IStoreRequest
{
    [JsonIgnore]
    public Guid StoreId { get; init; }

    public string Email { get; init; } = string.Empty;

    public IReadOnlyList<string> Permissions { get; init; } = [];
}

public sealed class AddMemberCommandValidator : AbstractValidator<AddMemberCommand>
{
    public AddMemberCommandValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(User.EmailMaxLength);
        RuleFor(x => x.Permissions).NotNull();
        RuleForEach(x => x.Permissions)
            .Must(p => Permission.TryParse(p, out var parsed) && PermissionCatalog.MemberPermissions.Contains(parsed))
            .WithMessage("'permissions' may only hold Stores:View and Stores:Edit; '{PropertyValue}' is not one of them.");
    }
}

public sealed class AddMemberCommandHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock)
    : IRequestHandler<AddMemberCommand, MemberDto>
{
    public async Task<MemberDto> Handle(AddMemberCommand request, CancellationToken cancellationToken)
    {
        var normalized = User.Normalize(request.Email);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken)
            ?? throw new RequestValidationException("email: no FluxStore account uses this email; ask them to register first.");
        if (await db.StoreMembers.AnyAsync(m => m.StoreId == request.StoreId && m.UserId == user.Id, cancellationToken))
        {
            throw new RequestValidationException("email: this user is already a member of the store.");
        }

        var permissions = PermissionSet.Of(request.Permissions.Select(p =>
        {
            Permission.TryParse(p, out var parsed);
            return parsed;
        }));
        var member = new StoreMember(request.StoreId, user.Id, isOwner: false, permissions, clock.GetUtcNow().UtcDateTime);
        db.StoreMembers.Add(member);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent add of the same member won the unique index: the same 400 as the check above.
            if (await db.StoreMembers.AsNoTracking().AnyAsync(m => m.StoreId == request.StoreId && m.UserId == user.Id, cancellationToken))
            {
                throw new RequestValidationException("email: this user is already a member of the store.");
            }

            throw;
        }

        return MemberProjection.ToDto(member, user, caller.RequireUserId());
    }
}
