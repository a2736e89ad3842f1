namespace FluxStore.Management.Application.Common.Security;

/// <summary>No caller identity needed (register, login).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowAnonymousRequestAttribute : Attribute;
