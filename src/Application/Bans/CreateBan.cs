using FluxStore.Management.Domain.Bans;

namespace FluxStore.Management.Application.Bans;

/// <summary>
/// Bans a player by any of <c>playerUsername</c> (ignoring case), <c>playerUuid</c> (with or without dashes) and
/// <c>ipAddress</c> (IPv4 dotted quad or IPv6) — at least one. <c>reason</c> is optional (≤ 500).
/// <c>expiresAt</c> null (or absent) = permanent, otherwise it must be in the future. An unexpired ban with the same
/// identifiers already present → 400.
/// </summary>
[RequirePermission(PermissionArea.Bans, PermissionAction.Edit)]
public sealed record CreateBanCommand : IRequest<BanDto>, IRequiresProPlan
{
    public string? PlayerUsername { get; init; }

    public string? PlayerUuid { get; init; }

    public string? IpAddress { get; init; }

    public string? Reason { get; init; }

    public DateTime? ExpiresAt { get; init; }
}

public sealed class CreateBanCommandValidator : AbstractValidator<CreateBanCommand>
{
    public CreateBanCommandValidator()
    {
        RuleFor(x => x)
            .Must(x => !string.IsNullOrWhiteSpace(x.PlayerUsername) || !string.IsNullOrWhiteSpace(x.PlayerUuid) || !string.IsNullOrWhiteSpace(x.IpAddress))
            .WithName("playerUsername")
            .WithMessage("A ban needs at least one of 'playerUsername', 'playerUuid' or 'ipAddress'.");
        RuleFor(x => x.PlayerUsername).BanUsername();
        RuleFor(x => x.PlayerUuid).BanUuid();
        RuleFor(x => x.IpAddress).BanIp();
        RuleFor(x => x.Reason).MaximumLength(Ban.ReasonMaxLength);
    }
}

public sealed class CreateBanCommandHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IMapper mapper)
    : IRequestHandler<CreateBanCommand, BanDto>
{
    public async Task<BanDto> Handle(CreateBanCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var now = clock.GetUtcNow().UtcDateTime;
        var ban = new Ban(storeId, now) { Reason = BanRules.CleanReason(request.Reason) };
        ban.SetTarget(request.PlayerUsername, request.PlayerUuid, request.IpAddress);
        ban.SetExpiry(request.ExpiresAt is { } at ? UtcTime.Normalize(at) : null, now);
        await BanQueries.CheckNotDuplicateAsync(db, ban, now, cancellationToken);

        db.Bans.Add(ban);
        await db.SaveChangesAsync(cancellationToken);
        // Committed: the answer is read whatever happens to the request now (a retry must not write again).
        return await BanQueries.LoadAsync(db, mapper.ConfigurationProvider, storeId, ban.Id, now, CancellationToken.None);
    }
}
