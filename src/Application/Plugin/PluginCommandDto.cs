using FluxStore.Management.Domain.Plugin;

namespace FluxStore.Management.Application.Plugin;

/// <summary>A queued command as the plugin receives it; <c>command</c> is already rendered.</summary>
public sealed record PluginCommandDto(
    Guid Id,
    string Command,
    string PlayerUsername,
    string? PlayerUuid,
    bool OnlineOnly,
    Guid OrderId,
    DateTime CreatedAt);

public sealed class PluginCommandMappingProfile : Profile
{
    public PluginCommandMappingProfile()
    {
        CreateMap<PendingCommand, PluginCommandDto>();
    }
}
