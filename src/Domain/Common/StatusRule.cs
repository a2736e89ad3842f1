using System.Linq.Expressions;

namespace FluxStore.Management.Domain.Common;

/// <summary>
/// One written rule for "which status is <typeparamref name="TEntity"/> in at a moment", usable both in memory
/// (<see cref="Of"/>) and as a database filter (<see cref="Is"/>, e.g. "active now" in a query or a conditional
/// UPDATE). The rule is a chain of conditionals whose results are status constants, checked in order:
/// <c>(e, now) =&gt; test1 ? S1 : test2 ? S2 : S3</c>.
/// </summary>
public sealed class StatusRule<TEntity, TStatus>
    where TStatus : struct, Enum
{
    private readonly Func<TEntity, DateTime, TStatus> _compiled;

    public StatusRule(Expression<Func<TEntity, DateTime, TStatus>> rule)
    {
        Rule = rule;
        _compiled = rule.Compile();
    }

    public Expression<Func<TEntity, DateTime, TStatus>> Rule { get; }

    /// <summary>The status of <paramref name="entity"/> at <paramref name="now"/>.</summary>
    public TStatus Of(TEntity entity, DateTime now) => _compiled(entity, now);

    /// <summary>
    /// A predicate a query provider can translate: the entity is in <paramref name="status"/> at <paramref name="now"/>.
    /// <paramref name="now"/> stays a query parameter.
    /// </summary>
    public Expression<Func<TEntity, bool>> Is(TStatus status, DateTime now)
    {
        var moment = new Moment(now);
        var nowValue = Expression.Field(Expression.Constant(moment), nameof(Moment.Value));
        var body = new Substitute(Rule.Parameters[1], nowValue).Visit(Rule.Body);
        return Expression.Lambda<Func<TEntity, bool>>(Matches(body, status), Rule.Parameters[0]);
    }

    /// <summary>Turns "rule == status" into plain boolean logic over the chain's tests (no CASE in SQL).</summary>
    private static Expression Matches(Expression result, TStatus status) => result switch
    {
        ConditionalExpression c => Or(And(c.Test, Matches(c.IfTrue, status)), And(Expression.Not(c.Test), Matches(c.IfFalse, status))),
        ConstantExpression k => Expression.Constant(Equals(k.Value, status)),
        _ => throw new NotSupportedException("A status rule is a chain of conditionals ending in status constants."),
    };

    private static Expression And(Expression left, Expression right) => right is ConstantExpression { Value: bool r }
        ? (r ? left : right)
        : Expression.AndAlso(left, right);

    private static Expression Or(Expression left, Expression right) => (left, right) switch
    {
        (ConstantExpression { Value: false }, _) => right,
        (_, ConstantExpression { Value: false }) => left,
        _ => Expression.OrElse(left, right),
    };

    private sealed class Moment(DateTime value)
    {
        public readonly DateTime Value = value;
    }

    private sealed class Substitute(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
