using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FluxStore.Management.Api.Errors;

/// <summary>Writes the wrapper for errors that carry no body of their own.</summary>
public static partial class ErrorResponses
{
    public static string DefaultMessage(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request is not valid.",
        StatusCodes.Status401Unauthorized => "Authentication failed: the credentials are missing, invalid or expired.",
        StatusCodes.Status403Forbidden => "You do not have permission to do this.",
        StatusCodes.Status404NotFound => "Resource not found.",
        StatusCodes.Status405MethodNotAllowed => "This method is not allowed on this resource.",
        StatusCodes.Status406NotAcceptable => "Only application/json responses are available.",
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type: send the body as application/json.",
        StatusCodes.Status429TooManyRequests => "Rate limit exceeded: wait and retry.",
        >= 500 => "An unexpected error occurred. It has been logged.",
        _ => "The request failed.",
    };

    public static Task WriteAsync(HttpContext context, int status, string? message = null, IReadOnlyList<string>? errors = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>();
        return context.Response.WriteAsync(
            JsonSerializer.Serialize(ApiResponse.Fail(message ?? DefaultMessage(status), errors), options.Value.SerializerOptions));
    }

    /// <summary>Turns MVC's model-state errors (bad JSON, wrong types, unknown properties) into readable lines.</summary>
    public static IReadOnlyList<string> FromModelState(ModelStateDictionary modelState)
    {
        var errors = new List<string>();
        foreach (var (key, entry) in modelState)
        {
            foreach (var error in entry.Errors)
            {
                errors.Add(Describe(key, error.Exception?.Message ?? error.ErrorMessage));
            }
        }

        // MVC adds "body required" for the parameter whenever the body failed to bind; keep the real cause.
        var distinct = errors.Distinct().ToList();
        if (distinct.Count > 1)
        {
            distinct.Remove(BodyRequired);
        }

        return distinct;
    }

    private const string BodyRequired = "A JSON request body is required.";

    private static string Describe(string key, string message)
    {
        var field = FieldOf(key);
        if (UnknownProperty().Match(message) is { Success: true } unknown)
        {
            var lastDot = field?.LastIndexOf('.') ?? -1;
            var parent = lastDot > 0 ? $" in '{field![..lastDot]}'" : string.Empty;
            return $"Unknown property '{unknown.Groups[1].Value}'{parent}.";
        }

        if (message.Contains(Json.NoNulStringConverter.Message, StringComparison.Ordinal))
        {
            return $"'{field}' must not contain NUL characters.";
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return field is null or ""
                ? "The request body has the wrong shape (expected a JSON object)."
                : $"'{field}' has an invalid value or type.";
        }

        if ((message.Contains("field is required", StringComparison.Ordinal) && field is null)
            || message.Contains("non-empty request body", StringComparison.Ordinal))
        {
            return BodyRequired;
        }

        if (key.StartsWith('$') || message.Contains("LineNumber", StringComparison.Ordinal))
        {
            return field is null or ""
                ? "The request body is not valid JSON."
                : $"The request body is not valid JSON (near '{field}').";
        }

        // Query-string and route binding ("The value 'abc' is not valid for Take.").
        return field is null ? message : $"'{field}' has an invalid value.";
    }

    private static string? FieldOf(string key)
    {
        if (key.StartsWith("$", StringComparison.Ordinal))
        {
            return key.TrimStart('$').TrimStart('.');
        }

        // "command" / "request": the body parameter itself.
        if (!key.Contains('.') && key.Length > 0 && char.IsLower(key[0]))
        {
            return null;
        }

        return key.Length == 0 ? null : char.ToLowerInvariant(key[0]) + key[1..];
    }

    [GeneratedRegex("The JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnknownProperty();
}
