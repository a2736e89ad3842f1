using System.Text.Json.Serialization;
using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Domain.Bans;

namespace FluxStore.Management.Application.Bans;

/// <summary>
/// PATCH: absent fields stay; every field is nullable: null clears an identifier (at least one must remain),
/// clears the reason, or makes the ban permanent (<c>expiresAt</c>). A new <c>expiresAt</c> must be in the future.
/// </summary>
[RequirePermission(PermissionArea.Bans, PermissionAction.Edit)]
public sealed record UpdateBanCommand : IRequest<BanDto>, IRequiresProPlan
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public Optional<string?> PlayerUsername { get; init; }

    public Optional<string?> PlayerUuid { get; init; }

    public Optional<string?> IpAddress { get; init; }

    public Optional<string?> Reason { get; init; }

    public Optional<DateTime?> ExpiresAt { get; init; }
}

public sealed class UpdateBanCommandValidator : AbstractValidator<UpdateBanCommand>
{
    public UpdateBanCommandValidator()
    {
        this.WhenSet(x => x.PlayerUsername, r => r.BanUsername());
        this.WhenSet(x => x.PlayerUuid, r => r.BanUuid());
        this.WhenSet(x => x.IpAddress, r => r.BanIp());
        this.WhenSet(x => x.Reason, r => r.MaximumLength(Ban.ReasonMaxLength));
    }
}

public sealed class UpdateBanCommandHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UpdateBanCommand, BanDto>
{
    public async Task<BanDto> Handle(UpdateBanCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var now = clock.GetUtcNow().UtcDateTime;
        var ban = await db.Bans.FirstOrDefaultAsync(b => b.Id == request.Id && b.StoreId == storeId, cancellationToken)
            ?? throw new NotFoundException("Ban");

        if (request.PlayerUsername.IsSet || request.PlayerUuid.IsSet || request.IpAddress.IsSet)
        {
            ban.SetTarget(
                request.PlayerUsername.GetValueOr(ban.PlayerUsername),
                request.PlayerUuid.GetValueOr(ban.PlayerUuid),
                request.IpAddress.GetValueOr(ban.IpAddress));
        }

        if (request.Reason.IsSet) ban.Reason = BanRules.CleanReason(request.Reason.Value);
        if (request.ExpiresAt.IsSet) ban.SetExpiry(request.ExpiresAt.Value is { } at ? UtcTime.Normalize(at) : null, now);

        if (ban.IsActiveAt(now))
        {
            await BanQueries.CheckNotDuplicateAsync(db, ban, now, cancellationToken);
        }

        ban.Touch(now);
        await db.SaveChangesAsync(cancellationToken);
        // Committed: the answer is read whatever happens to the request now (a retry must not write again).
        return await BanQueries.LoadAsync(db, mapper.ConfigurationProvider, storeId, ban.Id, now, CancellationToken.None);
    }
}
