namespace FluxStore.Management.Application.Plugin;

public sealed record AcknowledgeResultDto(int Acknowledged);
