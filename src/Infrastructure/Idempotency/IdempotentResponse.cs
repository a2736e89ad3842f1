namespace FluxStore.Management.Infrastructure.Idempotency;

/// <summary>What is kept of a response to replay it: status, the headers a client needs, and the body.</summary>
public sealed record IdempotentResponse(int Status, string? ContentType, string? Location, byte[] Body);
