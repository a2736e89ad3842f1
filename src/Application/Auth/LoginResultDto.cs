namespace FluxStore.Management.Application.Auth;

public sealed record LoginResultDto(string AccessToken, string TokenType, DateTime ExpiresAt);
