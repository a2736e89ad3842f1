namespace FluxStore.Management.Application.GiftCards;

public sealed record GiftCardCodeDto(string Code);
