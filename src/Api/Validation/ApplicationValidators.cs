using FluentValidation;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// FluentValidation.AspNetCore registers the Application's validators: scoped, like the handlers that consume them.
/// The MediatR ValidationBehaviour is the one place they run. MVC auto-validation (AddFluentValidationAutoValidation)
/// stays off: it would validate a second time, before the permission check, and upstream deprecated it. The
/// registration lives here, in the web layer, so Application references FluentValidation alone and no ASP.NET Core.
/// </summary>
public static class ApplicationValidators
{
    public static IServiceCollection AddApplicationValidators(this IServiceCollection services) =>
        services.AddValidatorsFromAssembly(typeof(ApplicationDependencyInjection).Assembly, ServiceLifetime.Scoped);
}
