namespace FluxStore.Management.Api.Errors;

/// <summary>A query string holding a NUL character gets a 400 here, before it can reach a database that refuses it.</summary>
public sealed class RejectNulQueryMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        foreach (var (name, values) in context.Request.Query)
        {
            if (name.Contains('\0', StringComparison.Ordinal) || values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true))
            {
                return ErrorResponses.WriteAsync(
                    context, StatusCodes.Status400BadRequest, "The request is not valid.", [$"'{name.Replace("\0", string.Empty)}' must not contain NUL characters."]);
            }
        }

        return next(context);
    }
}
