using FluxStore.Management.Domain.Users;

namespace FluxStore.Management.Application.Auth;

[AllowAnonymousRequest]
public sealed record RegisterUserCommand : IRequest<UserDto>
{
    public string Email { get; init; } = string.Empty;

    public string Password { get; init; } = string.Empty;

    public string? DisplayName { get; init; }
}

public sealed class RegisterUserCommandValidator : AbstractValidator<RegisterUserCommand>
{
    public RegisterUserCommandValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(User.EmailMaxLength).EmailAddress();
        RuleFor(x => x.Password).NotEmpty().MinimumLength(User.PasswordMinLength).MaximumLength(User.PasswordMaxLength);
        RuleFor(x => x.DisplayName).MaximumLength(User.DisplayNameMaxLength);
    }
}

public sealed class RegisterUserCommandHandler(IApplicationDbContext db, IPasswordService passwords, TimeProvider clock, IMapper mapper)
    : IRequestHandler<RegisterUserCommand, UserDto>
{
    public async Task<UserDto> Handle(RegisterUserCommand request, CancellationToken cancellationToken)
    {
        var normalized = User.Normalize(request.Email);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
        {
            throw new RequestValidationException("email: an account with this email already exists.");
        }

        var user = new User(request.Email, request.DisplayName, clock.GetUtcNow().UtcDateTime);
        user.SetPasswordHash(passwords.Hash(request.Password));
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent registration of the same email won the unique index: the same 400 as the check above.
            if (await db.Users.AsNoTracking().AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
            {
                throw new RequestValidationException("email: an account with this email already exists.");
            }

            throw;
        }

        return mapper.Map<UserDto>(user);
    }
}
