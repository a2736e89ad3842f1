using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace FluxStore.Management.Api.Errors;

/// <summary>
/// The texts MVC uses when a route or query value cannot be bound, set here so that they belong to this API
/// (they read as ASP.NET Core's English defaults did) and do not change with a runtime update or locale.
/// </summary>
public static class BindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider provider)
    {
        provider.SetMissingBindRequiredValueAccessor(name => $"A value for the '{name}' parameter or property was not provided.");
        provider.SetMissingKeyOrValueAccessor(() => "A value is required.");
        provider.SetMissingRequestBodyRequiredValueAccessor(() => ErrorResponses.BodyRequired);
        provider.SetValueMustNotBeNullAccessor(value => $"The value '{value}' is invalid.");
        provider.SetAttemptedValueIsInvalidAccessor((value, name) => $"The value '{value}' is not valid for {name}.");
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"The value '{value}' is not valid.");
        provider.SetUnknownValueIsInvalidAccessor(name => $"The supplied value is invalid for {name}.");
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => "The supplied value is invalid.");
        provider.SetValueIsInvalidAccessor(value => $"The value '{value}' is invalid.");
        provider.SetValueMustBeANumberAccessor(name => $"The field {name} must be a number.");
        provider.SetNonPropertyValueMustBeANumberAccessor(() => "The field must be a number.");
    }
}
