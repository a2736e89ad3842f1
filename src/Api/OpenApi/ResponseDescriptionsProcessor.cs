using Microsoft.AspNetCore.WebUtilities;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>Each response is described by its reason phrase ("Not Found"), which the client puts in its errors.</summary>
public sealed class ResponseDescriptionsProcessor : IOperationProcessor
{
    public bool Process(OperationProcessorContext context)
    {
        foreach (var (status, response) in context.OperationDescription.Operation.Responses)
        {
            if (string.IsNullOrEmpty(response.Description) && int.TryParse(status, out var code))
            {
                response.Description = ReasonPhrases.GetReasonPhrase(code);
            }
        }

        return true;
    }
}
