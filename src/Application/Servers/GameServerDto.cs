using FluxStore.Management.Domain.Servers;

namespace FluxStore.Management.Application.Servers;

public record GameServerDto
{
    public Guid Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string KeyHint { get; init; } = string.Empty;

    public DateTime CreatedAt { get; init; }
}

public sealed class GameServerMappingProfile : Profile
{
    public GameServerMappingProfile()
    {
        CreateMap<GameServer, GameServerDto>();
        CreateMap<GameServer, GameServerCreatedDto>()
            .ForMember(d => d.Key, o => o.Ignore());
    }
}
