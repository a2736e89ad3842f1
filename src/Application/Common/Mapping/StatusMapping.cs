using System.Linq.Expressions;
using FluxStore.Management.Domain.Common;

namespace FluxStore.Management.Application.Common.Mapping;

public static class StatusMapping
{
    /// <summary>
    /// The wire name of the domain's one <paramref name="rule"/> as a member map: <c>entity =&gt; WireNames.Of(rule(entity, now))</c>,
    /// with <paramref name="now"/> a profile's projection parameter (<c>var now = default(DateTime);</c> then
    /// <c>() =&gt; now</c>), which <c>ProjectTo(…, new { now })</c> replaces with the time of the response.
    /// </summary>
    public static Expression<Func<TEntity, string>> WireName<TEntity, TStatus>(StatusRule<TEntity, TStatus> rule, Expression<Func<DateTime>> now)
        where TStatus : struct, Enum
    {
        Expression<Func<TStatus, string>> wireName = status => WireNames.Of(status);
        var status = new Substitute(rule.Rule.Parameters[1], now.Body).Visit(rule.Rule.Body);
        var body = new Substitute(wireName.Parameters[0], status).Visit(wireName.Body);
        return Expression.Lambda<Func<TEntity, string>>(body, rule.Rule.Parameters[0]);
    }

    private sealed class Substitute(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
