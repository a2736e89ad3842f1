using FluxStore.Management.Domain.ApiKeys;

namespace FluxStore.Management.Application.ApiKeys;

public record ApiKeyDto
{
    public Guid Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Permissions { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Last characters of the secret, to tell keys apart.</summary>
    public string KeyHint { get; init; } = string.Empty;

    public DateTime CreatedAt { get; init; }

    public DateTime? ExpiresAt { get; init; }

    public DateTime? LastUsedAt { get; init; }

    public DateTime? RevokedAt { get; init; }

    /// <summary>Active, Expired or Revoked.</summary>
    public string Status { get; init; } = string.Empty;

    public static ApiKeyDto From(ApiKey key, DateTime now) => new()
    {
        Id = key.Id,
        Name = key.Name,
        Permissions = PermissionSet.FromStorage(key.Permissions).ToDictionary(),
        KeyHint = key.KeyHint,
        CreatedAt = key.CreatedAt,
        ExpiresAt = key.ExpiresAt,
        LastUsedAt = key.LastUsedAt,
        RevokedAt = key.RevokedAt,
        Status = key.Status(now).ToString(),
    };
}
