namespace FluxStore.Management.Application.Common.Exceptions;

/// <summary>The resource does not exist for this caller (another store's ids included): 404.</summary>
public sealed class NotFoundException(string resource)
    : Exception($"{resource} not found.");
