namespace FluxStore.Management.Application.Common.Security;

/// <summary>Sent by a game server's plugin with its server key.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequireGameServerAttribute : Attribute;
