using FluxStore.Management.Domain.Users;

namespace FluxStore.Management.Application.Auth;

[AllowAnonymousRequest]
public sealed record LoginCommand : IRequest<LoginResultDto>
{
    public string Email { get; init; } = string.Empty;

    public string Password { get; init; } = string.Empty;
}

public sealed class LoginCommandValidator : AbstractValidator<LoginCommand>
{
    public LoginCommandValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(User.EmailMaxLength);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(User.PasswordMaxLength);
    }
}

public sealed class LoginCommandHandler(IApplicationDbContext db, IPasswordService passwords, ITokenService tokens)
    : IRequestHandler<LoginCommand, LoginResultDto>
{
    // Verified when the email is unknown, so both failures cost the same time.
    private static string? _decoyHash;

    public async Task<LoginResultDto> Handle(LoginCommand request, CancellationToken cancellationToken)
    {
        var normalized = User.Normalize(request.Email);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        var hash = user?.PasswordHash ?? (_decoyHash ??= passwords.Hash(Guid.NewGuid().ToString()));
        var valid = passwords.Verify(hash, request.Password);
        if (user is null || !valid)
        {
            throw new AuthenticationFailedException("Invalid email or password.");
        }

        var token = tokens.Issue(user.Id, user.Email, user.IsPlatformAdmin);
        return new LoginResultDto(token.Token, "Bearer", token.ExpiresAt);
    }
}
