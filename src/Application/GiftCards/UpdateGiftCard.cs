using FluxStore.Management.Application.Common.Validation;

namespace FluxStore.Management.Application.GiftCards;

/// <summary>
/// PATCH: the owner may change who the card is for (<c>recipientName</c>, <c>recipientEmail</c>,
/// <c>message</c>), when it expires (<c>expiresAt</c>, null = never) and whether it can be used
/// (<c>isEnabled</c>). <c>amount</c>, <c>balance</c> and <c>applicationScope</c> are the card's terms and
/// cannot be edited (issue a new card instead); sending them is rejected as an unknown field.
/// </summary>
[RequirePermission(PermissionArea.GiftCards, PermissionAction.Edit)]
public sealed record UpdateGiftCardCommand : IRequest<GiftCardDto>, IRequiresProPlan
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }

    public Optional<string?> RecipientName { get; init; }

    public Optional<string?> RecipientEmail { get; init; }

    public Optional<string?> Message { get; init; }

    public Optional<DateTime?> ExpiresAt { get; init; }

    public Optional<bool?> IsEnabled { get; init; }
}

public sealed class UpdateGiftCardCommandValidator : AbstractValidator<UpdateGiftCardCommand>
{
    public UpdateGiftCardCommandValidator(TimeProvider clock)
    {
        this.WhenSet(x => x.RecipientName, r => r.RecipientName());
        this.WhenSet(x => x.RecipientEmail, r => r.RecipientEmail());
        this.WhenSet(x => x.Message, r => r.GiftMessage());
        this.WhenSet(x => x.ExpiresAt, r => r.FutureOrNull(clock));
        this.WhenSet(x => x.IsEnabled, r => r.NotNull());
    }
}

public sealed class UpdateGiftCardCommandHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UpdateGiftCardCommand, GiftCardDto>
{
    public async Task<GiftCardDto> Handle(UpdateGiftCardCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var now = clock.GetUtcNow().UtcDateTime;
        var card = await db.GiftCards.FirstOrDefaultAsync(g => g.Id == request.Id && g.StoreId == storeId, cancellationToken)
            ?? throw new NotFoundException("Gift card");

        if (request.RecipientName.IsSet) card.SetRecipientName(request.RecipientName.Value);
        if (request.RecipientEmail.IsSet) card.SetRecipientEmail(request.RecipientEmail.Value);
        if (request.Message.IsSet) card.SetMessage(request.Message.Value);
        if (request.ExpiresAt.IsSet) card.SetExpiresAt(request.ExpiresAt.Value is { } e ? UtcTime.Normalize(e) : null);
        if (request.IsEnabled.IsSet) card.SetEnabled(request.IsEnabled.Value!.Value);

        card.Touch(now);
        await db.SaveChangesAsync(cancellationToken);
        // Committed: the answer is read whatever happens to the request now (a retry must not write again).
        return await GiftCardQueries.LoadDtoAsync(db, mapper.ConfigurationProvider, storeId, card.Id, now, CancellationToken.None);
    }
}
