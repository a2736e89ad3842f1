namespace FluxStore.Management.Domain.Common;

/// <summary>A domain rule was broken by the caller's input; surfaces as 400.</summary>
public sealed class DomainRuleException(string message) : Exception(message);
