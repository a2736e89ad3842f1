namespace FluxStore.Management.Application.Common.Security;

/// <summary>Only platform operators may send this request.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequirePlatformAdminAttribute : Attribute;
