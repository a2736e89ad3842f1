using FluxStore.Management.Domain.Common;

namespace FluxStore.Management.Domain.Packages;

/// <summary>A command template run on game servers at a stage of a purchase's life.</summary>
public sealed class PackageCommand : Entity
{
    public const int ContentMaxLength = 1000;

    public static readonly string[] Placeholders = ["{username}", "{uuid}", "{orderId}", "{packageName}", "{quantity}"];

    private PackageCommand()
    {
    }

    public PackageCommand(CommandStage stage, string content, bool onlineOnly, IReadOnlyCollection<Guid>? serverIds)
    {
        Stage = stage;
        Content = content;
        OnlineOnly = onlineOnly;
        ServerIds = serverIds is { Count: > 0 } ? string.Join(' ', serverIds.Distinct()) : null;
    }

    public Guid PackageId { get; private set; }

    public int Position { get; private set; }

    public CommandStage Stage { get; private set; }

    public string Content { get; private set; } = string.Empty;

    public bool OnlineOnly { get; private set; }

    /// <summary>Space-separated server ids this command is limited to; null means every server of the order.</summary>
    public string? ServerIds { get; private set; }

    public IReadOnlyList<Guid>? ServerIdList =>
        ServerIds?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();

    internal void AttachTo(Guid packageId, int position)
    {
        PackageId = packageId;
        Position = position;
    }

    public string Render(string username, string? uuid, Guid orderId, string packageName, int quantity) =>
        Content
            .Replace("{username}", username, StringComparison.Ordinal)
            .Replace("{uuid}", uuid ?? string.Empty, StringComparison.Ordinal)
            .Replace("{orderId}", orderId.ToString(), StringComparison.Ordinal)
            .Replace("{packageName}", packageName, StringComparison.Ordinal)
            .Replace("{quantity}", quantity.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
