using FluxStore.Management.Domain.Stores;

namespace FluxStore.Management.Application.Stores;

public sealed record StoreDto
{
    public Guid Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Currency { get; init; } = string.Empty;

    public string Plan { get; init; } = string.Empty;

    public DateTime? ProExpiresAt { get; init; }

    public bool IsPro { get; init; }

    public DateTime CreatedAt { get; init; }

    public static StoreDto From(Store store, DateTime now) => new()
    {
        Id = store.Id,
        Name = store.Name,
        Currency = store.Currency,
        Plan = store.Plan.ToString(),
        ProExpiresAt = store.ProExpiresAt,
        IsPro = store.IsPro(now),
        CreatedAt = store.CreatedAt,
    };
}
