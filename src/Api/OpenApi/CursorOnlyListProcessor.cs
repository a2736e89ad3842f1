using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// A list answered only with cursors (its action returns <c>ApiResponse&lt;CursorPage&lt;T&gt;&gt;</c>, the events API)
/// refuses <c>skip</c>, <c>take</c> and <c>includeTotal</c>, which its query type inherits: they are left out of the
/// document so the client does not offer them.
/// </summary>
public sealed class CursorOnlyListProcessor : IOperationProcessor
{
    private static readonly string[] OffsetParameters = ["Skip", "Take", "IncludeTotal"];

    public bool Process(OperationProcessorContext context)
    {
        var returns = context.MethodInfo.ReturnType.ToString();
        if (!returns.Contains($"{nameof(Application.Common.Models.CursorPage<object>)}`1", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var parameter in context.OperationDescription.Operation.Parameters
                     .Where(p => OffsetParameters.Contains(p.Name, StringComparer.OrdinalIgnoreCase)).ToList())
        {
            context.OperationDescription.Operation.Parameters.Remove(parameter);
        }

        return true;
    }
}
