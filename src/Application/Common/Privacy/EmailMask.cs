namespace FluxStore.Management.Application.Common.Privacy;

public static class EmailMask
{
    /// <summary><c>john@example.com</c> → <c>j***@example.com</c>; null stays null.</summary>
    public static string? Mask(string? email)
    {
        if (string.IsNullOrEmpty(email))
        {
            return email;
        }

        var at = email.LastIndexOf('@');
        if (at <= 0)
        {
            return "***";
        }

        return string.Concat(email.AsSpan(0, 1), "***", email.AsSpan(at));
    }
}
