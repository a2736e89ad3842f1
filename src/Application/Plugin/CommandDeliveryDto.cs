using FluxStore.Management.Domain.Plugin;

namespace FluxStore.Management.Application.Plugin;

/// <summary>The <c>data</c> of <c>command.delivered</c> and <c>command.failed</c>: one queued game-server command.</summary>
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

    /// <summary>How many times the plugin was given the command.</summary>
    public int Attempts { get; init; }

    /// <summary>When it was marked failed (<c>command.failed</c> only).</summary>
    public DateTime? FailedAt { get; init; }

    /// <summary>The reason of the plugin's last failure report, if any.</summary>
    public string? LastError { get; init; }
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
