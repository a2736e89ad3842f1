using FluxStore.Management.Application.Common;
using Microsoft.Extensions.Options;
using FluxStore.Management.Application.Common.Mapping;
using FluxStore.Management.Domain.Stores;

namespace FluxStore.Management.Application.Stores;

[RequireSignedInUser]
public sealed record CreateStoreCommand : IRequest<StoreDto>
{
    public string Name { get; init; } = string.Empty;

    /// <summary>ISO 4217; defaults to USD.</summary>
    public string? Currency { get; init; }
}

public sealed class CreateStoreCommandValidator : AbstractValidator<CreateStoreCommand>
{
    public CreateStoreCommandValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Store.NameMaxLength);
        RuleFor(x => x.Currency)
            .Must(Currencies.IsKnown).When(x => x.Currency is not null)
            .WithMessage("'currency' must be an ISO 4217 currency code such as USD or EUR.");
    }
}

public sealed class CreateStoreCommandHandler(
    IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IMapper mapper, IOptions<StoreLimitsOptions> limits)
    : IRequestHandler<CreateStoreCommand, StoreDto>
{
    public async Task<StoreDto> Handle(CreateStoreCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = caller.RequireUserId();
        await using var transaction = await StoreLimits.LockUserAsync(db, userId, cancellationToken);
        StoreLimits.Check(
            await db.StoreMembers.CountAsync(m => m.UserId == userId && m.IsOwner, cancellationToken), limits.Value.StoresPerAccount,
            "An account can own", "stores", nameof(StoreLimitsOptions.StoresPerAccount), "delete or hand over a store first.");
        var store = new Store(request.Name, request.Currency ?? "USD", now);
        db.Stores.Add(store);
        db.StoreMembers.Add(new StoreMember(store.Id, userId, isOwner: true, PermissionSet.Empty, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return mapper.ConfigurationProvider.ProjectOne<Store, StoreDto>(store, new { now });
    }
}
