using FluxStore.Management.Application.Common.Models;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// Describes an <see cref="Optional{T}"/> property as the plain <c>T</c> it is on the wire (the JSON converter in
/// Api/Json reads and writes only the value), so <c>Optional&lt;decimal?&gt;</c> appears as
/// <c>type: number, nullable: true</c> and <c>Optional&lt;string?&gt;</c> as <c>type: string, nullable: true</c>.
/// Absent means "unchanged", which every OpenAPI property already allows.
/// </summary>
public sealed class OptionalAwareDataContractResolver(ISerializerDataContractResolver inner) : ISerializerDataContractResolver
{
    public DataContract GetDataContractForType(Type type)
    {
        if (OptionalType.ValueTypeOf(type) is { } valueType)
        {
            return GetDataContractForType(valueType);
        }

        var contract = inner.GetDataContractForType(type);
        if (contract.DataType != DataType.Object
            || contract.ObjectProperties is null
            || !contract.ObjectProperties.Any(p => OptionalType.ValueTypeOf(p.MemberType) is not null))
        {
            return contract;
        }

        return DataContract.ForObject(
            underlyingType: contract.UnderlyingType,
            properties: contract.ObjectProperties.Select(Unwrap).ToList(),
            extensionDataType: contract.ObjectExtensionDataType,
            typeNameProperty: contract.ObjectTypeNameProperty,
            typeNameValue: contract.ObjectTypeNameValue,
            jsonConverter: contract.JsonConverter);
    }

    private static DataProperty Unwrap(DataProperty property)
    {
        if (OptionalType.ValueTypeOf(property.MemberType) is not { } valueType)
        {
            return property;
        }

        // A PATCH field may be sent as null whenever its type can hold null (the validator answers 400 where
        // null is not allowed for that field); a non-nullable value type cannot.
        var nullable = !valueType.IsValueType || Nullable.GetUnderlyingType(valueType) is not null;
        return new DataProperty(
            name: property.Name,
            memberType: valueType,
            isRequired: property.IsRequired,
            isNullable: nullable,
            isReadOnly: property.IsReadOnly,
            isWriteOnly: property.IsWriteOnly,
            memberInfo: property.MemberInfo);
    }
}
