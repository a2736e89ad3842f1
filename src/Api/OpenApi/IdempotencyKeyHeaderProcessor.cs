using FluxStore.Management.Api.Idempotency;
using NJsonSchema;
using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>The optional <c>Idempotency-Key</c> header on exactly the POSTs <see cref="IdempotencyMiddleware"/> covers.</summary>
public sealed class IdempotencyKeyHeaderProcessor : IOperationProcessor
{
    public bool Process(OperationProcessorContext context)
    {
        var description = context.OperationDescription;
        if (ApiSurfaces.Of(description.Path).TakesIdempotencyKey(description.Method))
        {
            description.Operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyKeyHeader.Name,
                Kind = OpenApiParameterKind.Header,
                IsRequired = false,
                Description = "Optional, 1–255 printable ASCII characters. A retry with the same key and the same request "
                    + "gets the first response again (with `Idempotent-Replayed: true`) for 24 hours without running it; the same "
                    + "key with a different request → 422, while the first is still running → 409.",
                Schema = new JsonSchema { Type = JsonObjectType.String, MinLength = 1, MaxLength = IdempotencyKeyHeader.MaxLength },
            });
        }

        return true;
    }
}
