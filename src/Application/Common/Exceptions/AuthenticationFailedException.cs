namespace FluxStore.Management.Application.Common.Exceptions;

/// <summary>Credentials were wrong: 401.</summary>
public sealed class AuthenticationFailedException(string message) : Exception(message);
