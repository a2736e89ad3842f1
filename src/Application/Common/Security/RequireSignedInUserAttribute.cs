namespace FluxStore.Management.Application.Common.Security;

/// <summary>Any signed-in dashboard user may send this request (it only touches the caller's own data).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequireSignedInUserAttribute : Attribute;
