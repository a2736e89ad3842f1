using FluxStore.Management.Application.Common.Models;
using Namotion.Reflection;
using NJsonSchema.Generation;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// A PATCH field is <c>Optional&lt;T&gt;</c> on the server and a plain <c>T</c> on the wire (the JSON converter reads
/// and writes the value only), so its schema is <c>T</c>'s, nullable whenever <c>T</c> can hold null — never an
/// <c>{isSet, value}</c> object. "Absent" is expressed by leaving the property out, which every property allows.
/// </summary>
public sealed class OptionalAwareReflectionService : SystemTextJsonReflectionService
{
    protected override JsonTypeDescription GetDescription(
        ContextualType contextualType,
        SystemTextJsonSchemaGeneratorSettings settings,
        Type originalType,
        bool isNullable,
        ReferenceTypeNullHandling defaultReferenceTypeNullHandling)
    {
        if (OptionalType.ValueTypeOf(originalType) is not { } valueType)
        {
            return base.GetDescription(contextualType, settings, originalType, isNullable, defaultReferenceTypeNullHandling);
        }

        var description = GetDescription(contextualType.OriginalGenericArguments[0], defaultReferenceTypeNullHandling, settings);
        // A PATCH field may be sent as null whenever its type can hold null (the validator answers 400 where null is
        // not allowed for that field); a non-nullable value type cannot.
        description.IsNullable = !valueType.IsValueType || Nullable.GetUnderlyingType(valueType) is not null;
        return description;
    }
}
