using FluxStore.Management.Domain.Categories;
using FluxStore.Management.Domain.Common;

namespace FluxStore.Management.Domain.Packages;

public sealed class Package : Entity, IStoreOwned
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 5000;
    public const int ImageUrlMaxLength = 2048;
    public const int MaxCommands = 50;
    public const int MaxServers = 100;

    private readonly List<PackageServer> _servers = [];
    private readonly List<PackageCommand> _commands = [];

    private Package()
    {
    }

    public Package(Guid storeId, string name, DateTime now)
    {
        StoreId = storeId;
        Name = name.Trim();
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid StoreId { get; private set; }

    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public long PriceCents { get; set; }

    public string? ImageUrl { get; set; }

    public bool IsActive { get; set; } = true;

    public int SortOrder { get; set; }

    public Guid? CategoryId { get; set; }

    public Category? Category { get; private set; }

    public bool AllowCustomPrice { get; set; }

    public int? GlobalLimit { get; set; }

    public int? PerUserLimit { get; set; }

    public bool IsCumulative { get; set; }

    public bool IsTiered { get; set; }

    public bool IsSubscription { get; private set; }

    public int? SubscriptionIntervalValue { get; private set; }

    public IntervalUnit? SubscriptionIntervalUnit { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyCollection<PackageServer> Servers => _servers;

    public IReadOnlyCollection<PackageCommand> Commands => _commands;

    public void Touch(DateTime now) => UpdatedAt = now;

    /// <summary>A subscription package needs an interval; a one-off package has none.</summary>
    public void SetSubscription(bool isSubscription, int? intervalValue, IntervalUnit? intervalUnit)
    {
        if (isSubscription && (intervalValue is null or <= 0 || intervalUnit is null))
        {
            throw new DomainRuleException("subscriptionInterval is required when isSubscription is true.");
        }

        IsSubscription = isSubscription;
        SubscriptionIntervalValue = isSubscription ? intervalValue : null;
        SubscriptionIntervalUnit = isSubscription ? intervalUnit : null;
    }

    public void ReplaceServers(IEnumerable<Guid> serverIds)
    {
        var wanted = serverIds.Distinct().ToList();
        _servers.RemoveAll(s => !wanted.Contains(s.GameServerId));
        foreach (var id in wanted.Where(id => _servers.All(s => s.GameServerId != id)))
        {
            _servers.Add(new PackageServer(Id, id));
        }
    }

    public void ReplaceCommands(IEnumerable<PackageCommand> commands)
    {
        _commands.Clear();
        var position = 0;
        foreach (var command in commands)
        {
            command.AttachTo(Id, position++);
            _commands.Add(command);
        }
    }
}
