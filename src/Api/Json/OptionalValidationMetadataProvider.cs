using FluxStore.Management.Application.Common.Models;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace FluxStore.Management.Api.Json;

/// <summary>
/// Keeps MVC's model validation out of <see cref="Optional{T}"/>: reading <c>Value</c> of an absent PATCH field
/// throws, and validation belongs to the FluentValidation validators anyway.
/// </summary>
public sealed class OptionalValidationMetadataProvider : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        if (OptionalType.ValueTypeOf(context.Key.ModelType) is not null)
        {
            context.ValidationMetadata.ValidateChildren = false;
        }
    }
}
