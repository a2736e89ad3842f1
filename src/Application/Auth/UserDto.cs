namespace FluxStore.Management.Application.Auth;

public sealed record UserDto(Guid Id, string Email, string? DisplayName);
