namespace FluxStore.Management.Application.Packages;

public sealed record PackageCommandDto
{
    /// <summary>"purchase", "renewal", "expiry" or "refund".</summary>
    public string Stage { get; init; } = string.Empty;

    /// <summary>Template; placeholders {username}, {uuid}, {orderId}, {packageName}, {quantity}.</summary>
    public string Content { get; init; } = string.Empty;

    public bool OnlineOnly { get; init; }

    /// <summary>Servers this command runs on; null or absent for every server of the order item.</summary>
    public IReadOnlyList<Guid>? ServerIds { get; init; }
}
