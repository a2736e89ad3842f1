using FluxStore.Management.Application.Common.Mapping;
using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Domain.GiftCards;

namespace FluxStore.Management.Application.GiftCards;

/// <summary>
/// Issues a gift card. The server generates the code; it is not returned here or by any other Store API
/// call (the owner reads it on the dashboard, where every read is audited).
/// </summary>
[RequirePermission(PermissionArea.GiftCards, PermissionAction.Edit)]
public sealed record CreateGiftCardCommand : IRequest<GiftCardDto>, IRequiresProPlan
{
    public decimal? Amount { get; init; }

    /// <summary>"store" (default), "packages" (with <see cref="PackageIds"/>) or "categories" (with <see cref="CategoryIds"/>).</summary>
    public string? ApplicationScope { get; init; }

    public IReadOnlyList<Guid>? PackageIds { get; init; }

    public IReadOnlyList<Guid>? CategoryIds { get; init; }

    public string? RecipientName { get; init; }

    public string? RecipientEmail { get; init; }

    public string? Message { get; init; }

    /// <summary>Null: never expires.</summary>
    public DateTime? ExpiresAt { get; init; }
}

public sealed class CreateGiftCardCommandValidator : AbstractValidator<CreateGiftCardCommand>
{
    public CreateGiftCardCommandValidator(TimeProvider clock)
    {
        RuleFor(x => x.Amount).Cascade(CascadeMode.Stop).NotNull().ValidMoney().GreaterThan(0m);
        RuleFor(x => x.ApplicationScope)
            .Must(s => GiftCardRules.TryParseScope(s, out _))
            .WithMessage($"'applicationScope' must be one of {WireNames.Choices<GiftCardScope>()}.");
        RuleFor(x => x.PackageIds).NotEmpty().When(x => x.ApplicationScope == "packages")
            .WithMessage("'packageIds' must name at least one package when 'applicationScope' is \"packages\".");
        RuleFor(x => x.PackageIds).Empty().When(x => x.ApplicationScope != "packages")
            .WithMessage("'packageIds' is only allowed when 'applicationScope' is \"packages\".");
        RuleFor(x => x.CategoryIds).NotEmpty().When(x => x.ApplicationScope == "categories")
            .WithMessage("'categoryIds' must name at least one category when 'applicationScope' is \"categories\".");
        RuleFor(x => x.CategoryIds).Empty().When(x => x.ApplicationScope != "categories")
            .WithMessage("'categoryIds' is only allowed when 'applicationScope' is \"categories\".");
        RuleFor(x => x.PackageIds).Must(ids => ids is null || ids.Count <= GiftCard.MaxScopeIds)
            .WithMessage($"'packageIds' may hold at most {GiftCard.MaxScopeIds} ids.");
        RuleFor(x => x.CategoryIds).Must(ids => ids is null || ids.Count <= GiftCard.MaxScopeIds)
            .WithMessage($"'categoryIds' may hold at most {GiftCard.MaxScopeIds} ids.");
        RuleFor(x => x.RecipientName).RecipientName();
        RuleFor(x => x.RecipientEmail).RecipientEmail();
        RuleFor(x => x.Message).GiftMessage();
        RuleFor(x => x.ExpiresAt).FutureOrNull(clock);
    }
}

public sealed class CreateGiftCardCommandHandler(
    IApplicationDbContext db,
    ICallerContext caller,
    ISecretHasher hasher,
    IGiftCardCodeProtector protector,
    TimeProvider clock, IMapper mapper)
    : IRequestHandler<CreateGiftCardCommand, GiftCardDto>
{
    public async Task<GiftCardDto> Handle(CreateGiftCardCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var now = clock.GetUtcNow().UtcDateTime;
        GiftCardRules.TryParseScope(request.ApplicationScope, out var scope);
        var scopeIds = (scope == GiftCardScope.Packages ? request.PackageIds : request.CategoryIds) ?? [];
        await GiftCardRules.CheckScopeIdsAsync(db, storeId, scope, scopeIds, cancellationToken);

        var code = GiftCardCodes.Generate();
        var card = new GiftCard(
            storeId,
            GiftCardCodes.Hash(hasher, code),
            protector.Protect(code),
            Money.ToCents(request.Amount!.Value),
            scope,
            scope == GiftCardScope.Store ? null : scopeIds,
            now);
        card.SetRecipientName(request.RecipientName);
        card.SetRecipientEmail(request.RecipientEmail);
        card.SetMessage(request.Message);
        card.SetExpiresAt(request.ExpiresAt is { } e ? UtcTime.Normalize(e) : null);
        db.GiftCards.Add(card);
        await db.SaveChangesAsync(cancellationToken);
        // Committed: the answer is read whatever happens to the request now (a retry must not write again).
        return await GiftCardQueries.LoadDtoAsync(db, mapper.ConfigurationProvider, storeId, card.Id, now, CancellationToken.None);
    }
}
