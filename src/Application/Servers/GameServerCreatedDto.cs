namespace FluxStore.Management.Application.Servers;

/// <summary>Returned by create and regenerate only: the server key, shown this once.</summary>
public sealed record GameServerCreatedDto : GameServerDto
{
    public string Key { get; init; } = string.Empty;
}
