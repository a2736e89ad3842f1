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
}

/// <summary>Project with <c>new { now }</c>: the status is the domain's <see cref="ApiKey.Status"/> at that time.</summary>
public sealed class ApiKeyMappingProfile : Profile
{
    public ApiKeyMappingProfile()
    {
        var now = default(DateTime);
        CreateMap<ApiKey, ApiKeyDto>()
            .ForMember(d => d.Permissions, o => o.MapFrom(k => PermissionSet.FromStorage(k.Permissions).ToDictionary()))
            .ForMember(d => d.Status, o => o.MapFrom(k => k.Status(now).ToString()));
        CreateMap<ApiKey, ApiKeyCreatedDto>()
            .IncludeBase<ApiKey, ApiKeyDto>()
            .ForMember(d => d.Key, o => o.Ignore());
    }
}
