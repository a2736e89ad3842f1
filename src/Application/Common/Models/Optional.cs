namespace FluxStore.Management.Application.Common.Models;

/// <summary>
/// A PATCH field: <see cref="IsSet"/> is false when the property was absent from the body (leave the value
/// alone) and true when it was present, even as <c>null</c> (set or clear it).
/// </summary>
public readonly struct Optional<T>
{
    private readonly T _value;

    public Optional(T value)
    {
        _value = value;
        IsSet = true;
    }

    public bool IsSet { get; }

    /// <summary>The value sent; reading it for an absent field is a bug, so it throws.</summary>
    public T Value => IsSet ? _value : throw new InvalidOperationException("The optional value is not set.");

    public static implicit operator Optional<T>(T value) => new(value);

    public T GetValueOr(T fallback) => IsSet ? _value : fallback;

    public override string ToString() => IsSet ? $"{_value}" : "(absent)";
}

/// <summary>Non-generic view used by the JSON converter and the OpenAPI schema filter.</summary>
public static class OptionalType
{
    public static Type? ValueTypeOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>) ? type.GetGenericArguments()[0] : null;
}
