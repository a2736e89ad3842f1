using System.Text.Json.Serialization;
using FluxStore.Management.Application.Common.Mapping;
using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Domain.Subscriptions;

namespace FluxStore.Management.Application.Stores;

/// <summary>
/// <c>PATCH /api/stores/{storeId}</c> (<c>Stores:Edit</c>): absent fields stay. A new
/// <c>subscriptionGracePeriodHours</c> applies at once to every active subscription of the store (their
/// <c>graceEndsAt</c> moves with it), in the same transaction.
/// </summary>
[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record UpdateStoreCommand : IRequest<StoreDto>, IStoreRequest
{
    [JsonIgnore]
    public Guid StoreId { get; init; }

    public Optional<string?> Name { get; init; }

    /// <summary>0–720: how long a subscription stays active after its period end before the sweeper ends it.</summary>
    public Optional<int?> SubscriptionGracePeriodHours { get; init; }
}

public sealed class UpdateStoreCommandValidator : AbstractValidator<UpdateStoreCommand>
{
    public UpdateStoreCommandValidator()
    {
        this.WhenSet(x => x.Name, r => r.NotEmpty().MaximumLength(Store.NameMaxLength));
        this.WhenSet(x => x.SubscriptionGracePeriodHours, r => r.NotNull().InclusiveBetween(0, Store.MaxSubscriptionGracePeriodHours));
    }
}

public sealed class UpdateStoreCommandHandler(IApplicationDbContext db, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UpdateStoreCommand, StoreDto>
{
    public async Task<StoreDto> Handle(UpdateStoreCommand request, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var store = await db.Stores.FirstOrDefaultAsync(s => s.Id == request.StoreId, cancellationToken)
            ?? throw new NotFoundException("Store");
        if (request.Name.IsSet)
        {
            store.Rename(request.Name.Value!);
        }

        if (request.SubscriptionGracePeriodHours.IsSet && request.SubscriptionGracePeriodHours.Value!.Value != store.SubscriptionGracePeriodHours)
        {
            var hours = request.SubscriptionGracePeriodHours.Value.Value;
            store.SetSubscriptionGracePeriod(hours);
            await db.Subscriptions
                .Where(s => s.StoreId == store.Id && s.Status == SubscriptionStatus.Active)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.GraceEndsAt, x => x.CurrentPeriodEnd.AddHours(hours)), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return mapper.ConfigurationProvider.ProjectOne<Store, StoreDto>(store, new { now = clock.GetUtcNow().UtcDateTime });
    }
}
