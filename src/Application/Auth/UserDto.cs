using FluxStore.Management.Domain.Users;

namespace FluxStore.Management.Application.Auth;

public sealed record UserDto(Guid Id, string Email, string? DisplayName);

public sealed class UserMappingProfile : Profile
{
    public UserMappingProfile()
    {
        CreateMap<User, UserDto>();
    }
}
