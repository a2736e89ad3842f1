namespace FluxStore.Management.Application.Common.Mapping;

public static class MappingExtensions
{
    /// <summary>
    /// Maps one entity already in memory through its <c>ProjectTo</c> map, with the same parameters (such as
    /// <c>now</c>) a query passes: <c>mapper.Map</c> cannot take projection parameters, so a computed field that
    /// depends on one would otherwise need a second definition.
    /// </summary>
    public static TDto ProjectOne<TSource, TDto>(this IConfigurationProvider mapping, TSource source, object? parameters = null) =>
        new[] { source }.AsQueryable().ProjectTo<TDto>(mapping, parameters).Single();
}
