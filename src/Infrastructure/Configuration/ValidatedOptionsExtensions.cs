using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Infrastructure.Configuration;

/// <summary>
/// The one way settings are read: a section bound to an options class, checked when the host starts.
/// A bad value stops start-up with a message naming its configuration key.
/// </summary>
public static class ValidatedOptionsExtensions
{
    /// <param name="problems">One sentence per bad value, each starting with the full configuration key.</param>
    public static OptionsBuilder<T> AddValidatedOptions<T>(
        this IServiceCollection services,
        IConfiguration configuration,
        string section,
        Func<T, IEnumerable<string>> problems)
        where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(new ProblemsValidator<T>(problems));
        return services.AddOptions<T>()
            .Bind(configuration.GetSection(section))
            .ValidateOnStart();
    }

    private sealed class ProblemsValidator<T>(Func<T, IEnumerable<string>> problems) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var found = problems(options).ToList();
            return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
        }
    }
}
