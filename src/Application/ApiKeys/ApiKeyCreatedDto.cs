using FluxStore.Management.Domain.ApiKeys;

namespace FluxStore.Management.Application.ApiKeys;

/// <summary>Returned by create and regenerate only: the full key, shown this once.</summary>
public sealed record ApiKeyCreatedDto : ApiKeyDto
{
    public string Key { get; init; } = string.Empty;

    public static ApiKeyCreatedDto From(ApiKey key, string secret, DateTime now) =>
        new(ApiKeyDto.From(key, now)) { Key = ApiKey.Format(key.StoreId, secret) };

    private ApiKeyCreatedDto(ApiKeyDto dto)
        : base(dto)
    {
    }

    public ApiKeyCreatedDto()
    {
    }
}
