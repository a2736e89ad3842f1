namespace FluxStore.Management.Application.Plugin;

/// <summary>How many reported commands changed: <c>acknowledged</c> newly marked executed, <c>failed</c> failure reports recorded.</summary>
public sealed record AcknowledgeResultDto(int Acknowledged, int Failed = 0);
