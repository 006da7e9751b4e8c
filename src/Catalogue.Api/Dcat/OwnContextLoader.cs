using Catalogue.Rdf.Parsing.JsonLd;

namespace Catalogue.Api.Dcat;

/// <summary>
/// Lets imports of our own JSON-LD feeds resolve their context without the network: any URL whose path is our context
/// path gets the document we serve there (the same on every deployment). Every other remote context is refused, so an
/// uploaded document can never make the server fetch a URL.
/// </summary>
public sealed class OwnContextLoader : IJsonLdDocumentLoader
{
    public static readonly OwnContextLoader Instance = new();

    public RemoteDocument Load(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && u.AbsolutePath == CatalogueContext.Path
            ? new RemoteDocument(url, CatalogueContext.Document())
            : NoNetworkDocumentLoader.Instance.Load(url);
}
