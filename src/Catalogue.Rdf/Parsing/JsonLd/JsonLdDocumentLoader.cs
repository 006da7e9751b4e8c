using System.Text.Json.Nodes;

namespace Catalogue.Rdf.Parsing.JsonLd;

/// <summary>A loaded remote JSON-LD document (the RemoteDocument of the JSON-LD API).</summary>
public sealed record RemoteDocument(string DocumentUrl, JsonNode? Document);

/// <summary>Fetches remote contexts. Pluggable so that nothing touches the network unless the host allows it.</summary>
public interface IJsonLdDocumentLoader
{
    RemoteDocument Load(string url);
}

/// <summary>The default loader: refuses every URL, so parsing untrusted JSON-LD can never cause a network request.</summary>
public sealed class NoNetworkDocumentLoader : IJsonLdDocumentLoader
{
    public static readonly NoNetworkDocumentLoader Instance = new();

    public RemoteDocument Load(string url) =>
        throw new JsonLdException("loading document failed", $"remote document loading is disabled ({url})");
}
