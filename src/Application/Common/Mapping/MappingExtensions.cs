using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace FluxStore.Management.Application.Common.Mapping;

public static class MappingExtensions
{
    private static readonly ConcurrentDictionary<(IConfigurationProvider Mapping, Type Source, Type Dto, Type? Parameters), Delegate> Projectors = new();

    /// <summary>
    /// Maps one entity already in memory through its <c>ProjectTo</c> map, with the same parameters (such as
    /// <c>now</c>) a query passes: <c>mapper.Map</c> cannot take projection parameters, so a computed field that
    /// depends on one would otherwise need a second definition.
    /// The projection is compiled once per map and parameter shape, with the parameters as arguments
    /// (<c>ProjectTo</c> over an in-memory queryable would compile a new delegate on every call).
    /// </summary>
    public static TDto ProjectOne<TSource, TDto>(this IConfigurationProvider mapping, TSource source, object? parameters = null)
    {
        var projector = (Func<TSource, object?, TDto>)Projectors.GetOrAdd(
            (mapping, typeof(TSource), typeof(TDto), parameters?.GetType()),
            key => Compile<TSource, TDto>(key.Mapping, key.Parameters));
        return projector(source, parameters);
    }

    private static Func<TSource, object?, TDto> Compile<TSource, TDto>(IConfigurationProvider mapping, Type? parametersType)
    {
        // AutoMapper's projection over a placeholder source: a chain of Select calls whose lambdas read the profile's
        // captured parameter fields (closure members), which ProjectTo's parameters would replace by constants.
        var lambdas = new List<LambdaExpression>();
        var expression = Array.Empty<TSource>().AsQueryable().ProjectTo<TDto>(mapping).Expression;
        while (expression is MethodCallExpression { Method.Name: nameof(Queryable.Select) } call && call.Method.DeclaringType == typeof(Queryable))
        {
            lambdas.Insert(0, (LambdaExpression)((UnaryExpression)call.Arguments[1]).Operand);
            expression = call.Arguments[0];
        }

        if (expression is not ConstantExpression || lambdas.Count == 0)
        {
            // Not a plain Select chain: the uncached route (correct, only slower).
            return (source, parameters) => new[] { source }.AsQueryable().ProjectTo<TDto>(mapping, parameters).Single();
        }

        var input = Expression.Parameter(typeof(TSource), "source");
        var arguments = Expression.Parameter(typeof(object), "parameters");
        Expression body = input;
        foreach (var lambda in lambdas)
        {
            body = new Substitute(lambda.Parameters[0], body).Visit(lambda.Body);
        }

        if (parametersType is not null)
        {
            body = new ParameterReader(parametersType, arguments).Visit(body);
        }

        return Expression.Lambda<Func<TSource, object?, TDto>>(body, input, arguments).Compile();
    }

    private sealed class Substitute(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }

    /// <summary>A captured field of a profile's closure named like a parameter property reads that property instead.</summary>
    private sealed class ParameterReader(Type parametersType, ParameterExpression arguments) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is ConstantExpression { Value: not null } closure
                && closure.Type.IsDefined(typeof(CompilerGeneratedAttribute))
                && parametersType.GetProperty(node.Member.Name, BindingFlags.Public | BindingFlags.Instance) is { } property)
            {
                return Expression.Convert(Expression.Property(Expression.Convert(arguments, parametersType), property), node.Type);
            }

            return base.VisitMember(node);
        }
    }
}
