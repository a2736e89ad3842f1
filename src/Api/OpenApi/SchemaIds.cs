using FluxStore.Management.Application.Common.Models;
using NJsonSchema.Generation;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// Schema ids that read as type names in the generated client: <c>ApiResponse&lt;PackageDto&gt;</c> becomes
/// <c>ApiResponseOfPackageDto</c>, <c>ApiResponse&lt;IReadOnlyList&lt;PackageDto&gt;&gt;</c> becomes
/// <c>ApiResponseOfListOfPackageDto</c>, <c>PagedResult&lt;CouponDto&gt;</c> becomes <c>PagedResultOfCouponDto</c>.
/// NSwag asks this for every component schema it writes.
/// </summary>
public sealed class SchemaIds : ISchemaNameGenerator
{
    public string Generate(Type type) => For(type);

    public static string For(Type type)
    {
        if (type.IsGenericParameter || type.ContainsGenericParameters)
        {
            return type.Name;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return For(underlying);
        }

        if (OptionalType.ValueTypeOf(type) is { } optionalValue)
        {
            return For(optionalValue);
        }

        if (type.IsArray)
        {
            return "ListOf" + For(type.GetElementType()!);
        }

        if (type != typeof(string) && DictionaryTypes(type) is { } dictionary)
        {
            return $"DictionaryOf{For(dictionary.Key)}And{For(dictionary.Value)}";
        }

        if (type != typeof(string) && EnumerableItemType(type) is { } item)
        {
            return "ListOf" + For(item);
        }

        var name = type.Name;
        if (!type.IsGenericType)
        {
            return type.IsNested ? For(type.DeclaringType!) + name : name;
        }

        var tick = name.IndexOf('`');
        var baseName = tick < 0 ? name : name[..tick];
        return baseName + "Of" + string.Join("And", type.GetGenericArguments().Select(For));
    }

    private static (Type Key, Type Value)? DictionaryTypes(Type type)
    {
        foreach (var candidate in type.GetInterfaces().Prepend(type))
        {
            if (candidate.IsGenericType
                && (candidate.GetGenericTypeDefinition() == typeof(IDictionary<,>)
                    || candidate.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)))
            {
                var arguments = candidate.GetGenericArguments();
                return (arguments[0], arguments[1]);
            }
        }

        return null;
    }

    private static Type? EnumerableItemType(Type type)
    {
        foreach (var candidate in type.GetInterfaces().Prepend(type))
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                return candidate.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
