namespace FluxStore.Management.Application.ApiKeys;

/// <summary>Returned by create and regenerate only: the full key, shown this once.</summary>
public sealed record ApiKeyCreatedDto : ApiKeyDto
{
    public string Key { get; init; } = string.Empty;
}
