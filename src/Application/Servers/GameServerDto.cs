using FluxStore.Management.Domain.Servers;

namespace FluxStore.Management.Application.Servers;

public record GameServerDto
{
    public Guid Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string KeyHint { get; init; } = string.Empty;

    public DateTime CreatedAt { get; init; }

    public static GameServerDto From(GameServer server) => new()
    {
        Id = server.Id,
        Name = server.Name,
        KeyHint = server.KeyHint,
        CreatedAt = server.CreatedAt,
    };
}
