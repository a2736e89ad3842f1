using FluxStore.Management.Domain.Plugin;

namespace FluxStore.Management.Application.Webhooks;

/// <summary>The <c>data</c> of <c>command.delivered</c> (and, later, <c>command.failed</c>): one queued game-server command.</summary>
public sealed record CommandDeliveryDto
{
    public Guid Id { get; init; }

    public Guid OrderId { get; init; }

    public Guid ServerId { get; init; }

    public string Command { get; init; } = string.Empty;

    public string PlayerUsername { get; init; } = string.Empty;

    public string? PlayerUuid { get; init; }

    public bool OnlineOnly { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? ExecutedAt { get; init; }
}

/// <summary>Map, then set <c>executedAt</c>: the event is raised by the acknowledgement that marks the command executed.</summary>
public sealed class CommandDeliveryMappingProfile : Profile
{
    public CommandDeliveryMappingProfile()
    {
        CreateMap<PendingCommand, CommandDeliveryDto>()
            .ForMember(d => d.ServerId, o => o.MapFrom(c => c.GameServerId));
    }
}
