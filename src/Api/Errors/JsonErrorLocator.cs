using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FluxStore.Management.Application.Common.Models;

namespace FluxStore.Management.Api.Errors;

/// <summary>
/// Reads a <see cref="JsonException"/>'s path (<c>$.commands[0].stage</c>) against the JSON contract of the
/// type being read, so errors are described from structure instead of the runtime's English wording.
/// </summary>
internal static class JsonErrorLocator
{
    /// <summary>The path's property names, array indexes dropped: <c>$.commands[0].stage</c> gives <c>commands</c>, <c>stage</c>.</summary>
    public static IReadOnlyList<string> Properties(string? path) =>
        Walk(path).Where(s => !s.Index).Select(s => s.Name).ToList();

    /// <summary>
    /// True when the path's last property is not a member of the object that holds it, in the contract of
    /// <paramref name="root"/>; false when it is one, or when the path cannot be followed.
    /// </summary>
    public static bool IsUnknownMember(Type root, string? path, JsonSerializerOptions options)
    {
        var type = root;
        var segments = Walk(path).ToList();

        for (var n = 0; n < segments.Count; n++)
        {
            var info = Contract(type, options);
            if (info is null)
            {
                return false;
            }

            var (name, index) = segments[n];
            if (index)
            {
                if (info.ElementType is null)
                {
                    return false;
                }

                type = info.ElementType;
                continue;
            }

            if (info.Kind == JsonTypeInfoKind.Dictionary && info.ElementType is not null)
            {
                type = info.ElementType;
                continue;
            }

            if (info.Kind != JsonTypeInfoKind.Object)
            {
                return false;
            }

            var comparison = options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            var property = info.Properties.FirstOrDefault(p => string.Equals(p.Name, name, comparison));
            if (property is null)
            {
                return n == segments.Count - 1;
            }

            type = property.PropertyType;
        }

        return false;
    }

    private static IEnumerable<(string Name, bool Index)> Walk(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            yield break;
        }

        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                yield return (path[(i + 1)..end], false);
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                yield return (path[(i + 2)..end], false);
                i = Math.Min(path.Length, end + 2);
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                yield return (string.Empty, true);
                i = end < 0 ? path.Length : end + 1;
            }
            else
            {
                i++;
            }
        }
    }

    private static JsonTypeInfo? Contract(Type type, JsonSerializerOptions options)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        type = OptionalType.ValueTypeOf(type) ?? type;
        type = Nullable.GetUnderlyingType(type) ?? type;
        try
        {
            return options.GetTypeInfo(type);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
