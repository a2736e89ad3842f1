namespace FluxStore.Management.Api.Contracts;

/// <summary>The spec's wrapper around every response body: <c>{success,data,message,errors}</c>.</summary>
public sealed record ApiResponse<T>
{
    public bool Success { get; init; }

    public T? Data { get; init; }

    public string? Message { get; init; }

    public IReadOnlyList<string> Errors { get; init; } = [];
}

public static class ApiResponse
{
    public static ApiResponse<T> Ok<T>(T data, string? message = null) =>
        new() { Success = true, Data = data, Message = message };

    public static ApiResponse<object> Fail(string message, IReadOnlyList<string>? errors = null) =>
        new() { Success = false, Data = null, Message = message, Errors = errors ?? [] };
}
