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

public sealed class CreateStoreCommandHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IMapper mapper)
    : IRequestHandler<CreateStoreCommand, StoreDto>
{
    public async Task<StoreDto> Handle(CreateStoreCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var store = new Store(request.Name, request.Currency ?? "USD", now);
        db.Stores.Add(store);
        db.StoreMembers.Add(new StoreMember(store.Id, caller.RequireUserId(), isOwner: true, PermissionSet.Empty, now));
        await db.SaveChangesAsync(cancellationToken);
        return mapper.ConfigurationProvider.ProjectOne<Store, StoreDto>(store, new { now });
    }
}
