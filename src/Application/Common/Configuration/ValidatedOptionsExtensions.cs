using FluxStore.Management.Application.Common.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The one way settings are read: a section bound to an options class, checked by its own
/// <see cref="IValidatedOptions.Problems"/> when the host starts. A bad value stops start-up with a message naming
/// its configuration key.
/// </summary>
public static class ValidatedOptionsExtensions
{
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class, IValidatedOptions
    {
        services.AddSingleton<IValidateOptions<T>, ProblemsValidator<T>>();
        return services.AddOptions<T>()
            .Bind(configuration.GetSection(section))
            .ValidateOnStart();
    }

    private sealed class ProblemsValidator<T> : IValidateOptions<T>
        where T : class, IValidatedOptions
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var found = options.Problems().ToList();
            return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
        }
    }
}
