using FluxStore.Management.Application.Common.Mapping;
using System.Text.Json.Serialization;
using FluxStore.Management.Application.Stores;
using FluxStore.Management.Domain.Stores;

namespace FluxStore.Management.Application.Admin;

[RequirePlatformAdmin]
public sealed record SetStorePlanCommand : IRequest<StoreDto>
{
    [JsonIgnore]
    public Guid StoreId { get; init; }

    /// <summary>"Pro" or "Free".</summary>
    public string Plan { get; init; } = string.Empty;

    /// <summary>When the Pro plan ends; null for no end. Ignored for Free.</summary>
    public DateTime? ExpiresAt { get; init; }
}

public sealed class SetStorePlanCommandValidator : AbstractValidator<SetStorePlanCommand>
{
    public SetStorePlanCommandValidator()
    {
        RuleFor(x => x.Plan)
            .Must(p => p is nameof(StorePlan.Pro) or nameof(StorePlan.Free))
            .WithMessage("'plan' must be \"Pro\" or \"Free\".");
    }
}

public sealed class SetStorePlanCommandHandler(IApplicationDbContext db, TimeProvider clock, IMapper mapper)
    : IRequestHandler<SetStorePlanCommand, StoreDto>
{
    public async Task<StoreDto> Handle(SetStorePlanCommand request, CancellationToken cancellationToken)
    {
        var store = await db.Stores.FirstOrDefaultAsync(s => s.Id == request.StoreId, cancellationToken)
            ?? throw new NotFoundException("Store");
        var expiresAt = request.ExpiresAt is { } e ? UtcTime.Normalize(e) : (DateTime?)null;
        store.ChangePlan(Enum.Parse<StorePlan>(request.Plan), expiresAt);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.ConfigurationProvider.ProjectOne<Store, StoreDto>(store, new { now = clock.GetUtcNow().UtcDateTime });
    }
}
