using FluxStore.Management.Application.Common.Mapping;
using FluxStore.Management.Domain.Bans;

namespace FluxStore.Management.Application.Bans;

public sealed record BanDto
{
    public Guid Id { get; init; }

    public string? PlayerUsername { get; init; }

    /// <summary>Lower-case with dashes.</summary>
    public string? PlayerUuid { get; init; }

    public string? IpAddress { get; init; }

    public string? Reason { get; init; }

    /// <summary>Null for a permanent ban.</summary>
    public DateTime? ExpiresAt { get; init; }

    /// <summary>"active" or "expired" at the time of the response.</summary>
    public string Status { get; init; } = string.Empty;

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }
}

/// <summary>Project with <c>new { now }</c>: the status is the domain's <see cref="Ban.StatusOf"/> at that time.</summary>
public sealed class BanMappingProfile : Profile
{
    public BanMappingProfile()
    {
        var now = default(DateTime);
        CreateMap<Ban, BanDto>()
            .ForMember(d => d.Status, o => o.MapFrom(b => WireNames.Of(Ban.StatusOf(b.ExpiresAt, now))));
    }
}

internal static class BanQueries
{
    public static IQueryable<Ban> ForStore(IApplicationDbContext db, Guid storeId) =>
        db.Bans.AsNoTracking().Where(b => b.StoreId == storeId);

    public static async Task<BanDto> LoadAsync(IApplicationDbContext db, IConfigurationProvider mapping, Guid storeId, Guid id, DateTime now, CancellationToken ct) =>
        await ForStore(db, storeId).Where(b => b.Id == id).ProjectTo<BanDto>(mapping, new { now }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Ban");

    /// <summary>An unexpired ban of the store with exactly the same identifiers already exists → 400.</summary>
    public static async Task CheckNotDuplicateAsync(IApplicationDbContext db, Ban ban, DateTime now, CancellationToken ct)
    {
        var exists = await db.Bans.AsNoTracking().AnyAsync(
            b => b.StoreId == ban.StoreId
                && b.Id != ban.Id
                && b.NormalizedUsername == ban.NormalizedUsername
                && b.PlayerUuid == ban.PlayerUuid
                && b.IpAddress == ban.IpAddress
                && (b.ExpiresAt == null || b.ExpiresAt > now),
            ct);
        if (exists)
        {
            throw new RequestValidationException("An active ban with the same playerUsername, playerUuid and ipAddress already exists.");
        }
    }
}
