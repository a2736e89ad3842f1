using System.Text.Json;
using FluxStore.Management.Api.Json;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Api.Errors;

/// <summary>Writes the wrapper for errors that carry no body of their own.</summary>
public static class ErrorResponses
{
    public const string BodyRequired = "A JSON request body is required.";

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
        var options = context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>();
        var body = ApiResponse.Fail(message ?? DefaultMessage(status), errors);
        if (status == StatusCodes.Status429TooManyRequests)
        {
            FluxStore.Management.Application.Common.Telemetry.FluxStoreTelemetry.RateLimitRefused(RefusalKind(context.Request.Path));
        }

        if (status < 500)
        {
            return context.Response.WriteAsync(JsonSerializer.Serialize(body, options.Value.SerializerOptions));
        }

        // A server error carries the trace id for the user to quote: in the wrapper and as a traceparent header.
        var trace = TraceIds.Current();
        context.Response.Headers["traceparent"] = trace.TraceParent;
        return context.Response.WriteAsync(
            JsonSerializer.Serialize(new ServerErrorResponse(body, trace.TraceId), options.Value.SerializerOptions));
    }

    /// <summary>Which limit refused, named by the surface it guards (the label of <c>fluxstore_rate_limit_refusals_total</c>).</summary>
    private static string RefusalKind(PathString path) => ApiSurfaces.Of(path) switch
    {
        ApiSurface.Auth => "sign_in",
        ApiSurface.Plugin => "plugin_api",
        ApiSurface.StoreApi => "store_api",
        ApiSurface.Stores or ApiSurface.Admin => "dashboard",
        _ => "other",
    };

    /// <summary>The wrapper of a 5xx answer: the usual fields and <c>traceId</c>.</summary>
    private sealed record ServerErrorResponse(bool Success, object? Data, string? Message, IReadOnlyList<string> Errors, string TraceId)
    {
        public ServerErrorResponse(ApiResponse<object> body, string traceId)
            : this(body.Success, body.Data, body.Message, body.Errors, traceId)
        {
        }
    }

    /// <summary>
    /// Turns MVC's model-state errors (bad JSON, wrong types, unknown properties, bad query values) into
    /// readable lines. Built from structure only: the JSON path, the body's type and the exception's type
    /// (the body formatter keeps the <see cref="JsonException"/> because input-formatter messages are off),
    /// and the binding messages this API sets itself (<see cref="BindingMessages"/>); never from the
    /// runtime's wording.
    /// </summary>
    public static IReadOnlyList<string> FromModelState(ActionContext context)
    {
        var body = context.ActionDescriptor.Parameters
            .FirstOrDefault(p => p.BindingInfo?.BindingSource == BindingSource.Body);
        var json = context.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.JsonSerializerOptions;

        var errors = new List<string>();
        foreach (var (key, entry) in context.ModelState)
        {
            foreach (var error in entry.Errors)
            {
                errors.Add(error.Exception is JsonException exception
                    ? Describe(exception, key, body?.ParameterType, json)
                    : Describe(key, error.ErrorMessage, body));
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

    private static string Describe(JsonException exception, string key, Type? bodyType, JsonSerializerOptions options)
    {
        var path = exception.Path ?? key;
        var field = path.TrimStart('$').TrimStart('.');

        if (exception is NoNulStringConverter.NulCharacterException)
        {
            return $"'{field}' must not contain NUL characters.";
        }

        // The reader's own failures (malformed JSON) arrive wrapped: the serializer adds the path around them.
        if (exception.InnerException is JsonException)
        {
            return field.Length == 0
                ? "The request body is not valid JSON."
                : $"The request body is not valid JSON (near '{field}').";
        }

        // A value the converter refused carries the cause (FormatException, InvalidOperationException);
        // a property the contract does not have carries none and is not a member of the object holding it.
        if (exception.InnerException is null && bodyType is not null && JsonErrorLocator.IsUnknownMember(bodyType, path, options))
        {
            var name = JsonErrorLocator.Properties(path)[^1];
            var lastDot = field.LastIndexOf('.');
            var parent = lastDot > 0 ? $" in '{field[..lastDot]}'" : string.Empty;
            return $"Unknown property '{name}'{parent}.";
        }

        return field.Length == 0
            ? "The request body has the wrong shape (expected a JSON object)."
            : $"'{field}' has an invalid value or type.";
    }

    private static string Describe(string key, string message, ParameterDescriptor? body)
    {
        // The body parameter itself ("command"), or no key: the body is missing or empty.
        if (key.Length == 0 || (body is not null && string.Equals(key, body.Name, StringComparison.Ordinal)))
        {
            return BodyRequired;
        }

        // A property of a bound query object ("Take", "Filter.Status"): name it the way the wire does.
        if (key.Contains('.') || char.IsUpper(key[0]))
        {
            return $"'{char.ToLowerInvariant(key[0]) + key[1..]}' has an invalid value.";
        }

        // A top-level query or route parameter: the message is one of this API's binding messages.
        return message;
    }
}
