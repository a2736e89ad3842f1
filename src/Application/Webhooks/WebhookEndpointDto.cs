using FluxStore.Management.Domain.Webhooks;

namespace FluxStore.Management.Application.Webhooks;

/// <summary>A webhook endpoint as lists and reads show it: never its signing secret.</summary>
public record WebhookEndpointDto
{
    public Guid Id { get; init; }

    public string Url { get; init; } = string.Empty;

    public IReadOnlyList<string> Events { get; init; } = [];

    public bool IsActive { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    /// <summary>
    /// Set when the platform turned the endpoint off because its deliveries kept failing (the circuit breaker);
    /// null otherwise. <c>PATCH … {isActive: true}</c> turns it back on and clears it.
    /// </summary>
    public string? DisabledReason { get; init; }

    /// <summary>When the circuit breaker turned the endpoint off; null otherwise.</summary>
    public DateTime? DisabledAt { get; init; }
}

public sealed class WebhookEndpointMappingProfile : Profile
{
    public WebhookEndpointMappingProfile()
    {
        CreateMap<WebhookEndpoint, WebhookEndpointDto>()
            .ForMember(d => d.Events, o => o.MapFrom(e => WebhookEndpoint.SplitEvents(e.Events)));
        CreateMap<WebhookEndpoint, WebhookEndpointCreatedDto>()
            .IncludeBase<WebhookEndpoint, WebhookEndpointDto>()
            .ForMember(d => d.Secret, o => o.Ignore());
    }
}
