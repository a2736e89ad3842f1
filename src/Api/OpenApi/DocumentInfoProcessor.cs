using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// The exported document names a server (a local run, <c>dotnet run</c>'s address; the served document at
/// <c>/swagger</c> names the host it was fetched from) and a contact.
/// </summary>
public sealed class DocumentInfoProcessor : IDocumentProcessor
{
    public const string LocalServer = "http://localhost:5080";

    public void Process(DocumentProcessorContext context)
    {
        var document = context.Document;
        document.Info.Contact ??= new OpenApiContact { Name = "FluxStore platform operators" };
        if (document.Servers.Count == 0)
        {
            document.Servers.Add(new OpenApiServer
            {
                Url = LocalServer,
                Description = "A local run of the API (dotnet run); use your deployment's address instead.",
            });
        }
    }
}
