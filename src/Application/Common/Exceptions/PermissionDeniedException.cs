namespace FluxStore.Management.Application.Common.Exceptions;

/// <summary>Authenticated, but the key or membership lacks the permission: 403.</summary>
public sealed class PermissionDeniedException(string message) : Exception(message);
