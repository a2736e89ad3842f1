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

public sealed class LoginCommandHandler(IApplicationDbContext db, IPasswordService passwords, ITokenService tokens, ISignInThrottle throttle)
    : IRequestHandler<LoginCommand, LoginResultDto>
{
    public async Task<LoginResultDto> Handle(LoginCommand request, CancellationToken cancellationToken)
    {
        // Counted here, on the email model binding produced (whatever the body's spelling or encoding), and reserved
        // before the password is checked: parallel guesses cannot all be checked. A right password gives it back.
        var attempt = await throttle.ReserveAsync(request.Email, cancellationToken);
        var normalized = User.Normalize(request.Email);
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        if (user is null)
        {
            // An unknown email costs one password check too, so the answer's timing does not reveal which emails exist.
            passwords.VerifyDecoy(request.Password);
            throw new AuthenticationFailedException("Invalid email or password.");
        }

        if (!passwords.Verify(user.PasswordHash, request.Password))
        {
            throw new AuthenticationFailedException("Invalid email or password.");
        }

        await throttle.GiveBackAsync(attempt, CancellationToken.None);

        // Accounts from before bcrypt (PBKDF2), or hashed with another work factor, move to the current hash now
        // that the password is known.
        if (passwords.NeedsRehash(user.PasswordHash))
        {
            user.SetPasswordHash(passwords.Hash(request.Password));
            await db.SaveChangesAsync(cancellationToken);
        }

        var token = tokens.Issue(user.Id, user.Email, user.IsPlatformAdmin);
        return new LoginResultDto(token.Token, "Bearer", token.ExpiresAt);
    }
}
