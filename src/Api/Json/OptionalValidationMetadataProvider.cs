using FluxStore.Management.Application.Common.Models;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace FluxStore.Management.Api.Json;

/// <summary>
/// MVC's model validation must not walk into <see cref="Optional{T}"/>: reading <c>Value</c> of an absent PATCH
/// field throws (a 500 for any PATCH that leaves out a complex field). Requests are validated by FluentValidation
/// in the MediatR pipeline instead.
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
