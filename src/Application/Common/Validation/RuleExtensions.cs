namespace FluxStore.Management.Application.Common.Validation;

public static class RuleExtensions
{
    /// <summary>Money on the wire: not negative, at most two decimal places, not absurd.</summary>
    public static IRuleBuilderOptions<T, decimal> ValidMoney<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.Must(Money.IsValidAmount)
            .WithMessage($"'{{PropertyName}}' must be between 0 and {Money.MaxAmount} with at most two decimal places.");

    public static IRuleBuilderOptions<T, decimal?> ValidMoney<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(v => v is null || Money.IsValidAmount(v.Value))
            .WithMessage($"'{{PropertyName}}' must be between 0 and {Money.MaxAmount} with at most two decimal places.");

    /// <summary>Rules for a PATCH field that applies only when the field was sent.</summary>
    public static void WhenSet<T, TValue>(
        this AbstractValidator<T> validator,
        System.Linq.Expressions.Expression<Func<T, Optional<TValue>>> field,
        Action<IRuleBuilderInitial<T, TValue>> rules)
    {
        var compiled = field.Compile();
        var name = field.Body is System.Linq.Expressions.MemberExpression member ? member.Member.Name : "value";
        var camel = char.ToLowerInvariant(name[0]) + name[1..];
        validator.When(x => compiled(x).IsSet, () =>
        {
            var builder = validator.RuleFor(x => compiled(x).Value).Configure(rule =>
            {
                rule.PropertyName = camel;
                rule.SetDisplayName(camel);
            });
            rules(builder);
        });
    }

    public static IRuleBuilderOptions<T, string?> NotNullWhenSent<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotNull().WithMessage("'{PropertyName}' cannot be null.");
}
