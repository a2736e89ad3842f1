using FluxStore.Management.Domain.Servers;

namespace FluxStore.Management.Application.Servers;

/// <summary>Returned by create and regenerate only: the server key, shown this once.</summary>
public sealed record GameServerCreatedDto : GameServerDto
{
    public string Key { get; init; } = string.Empty;

    public static GameServerCreatedDto From(GameServer server, string secret) => new()
    {
        Id = server.Id,
        Name = server.Name,
        KeyHint = server.KeyHint,
        CreatedAt = server.CreatedAt,
        Key = ServerKeys.Prefix + secret,
    };
}
