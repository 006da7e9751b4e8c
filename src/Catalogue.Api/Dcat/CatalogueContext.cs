using System.Text.Json.Nodes;
using Catalogue.Domain.Mappings.Dcat;

namespace Catalogue.Api.Dcat;

/// <summary>Our JSON-LD context document, served at a stable URL and named by every JSON-LD feed: the feed prefixes.</summary>
public static class CatalogueContext
{
    public const string Path = "/ns/catalogue-context.jsonld";

    public static JsonObject Document()
    {
        var context = new JsonObject();
        foreach (var (prefix, ns) in DcatVocabulary.Prefixes().Prefixes) context[prefix] = ns;
        return new JsonObject { ["@context"] = context };
    }
}
