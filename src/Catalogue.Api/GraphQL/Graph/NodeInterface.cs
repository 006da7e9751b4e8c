using Catalogue.Domain.Model;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Types.Builder;

namespace Catalogue.Api.GraphQL.Graph;

/// <summary>The Relay Node interface and the SearchResult union (a dataset or an organisation).</summary>
public static class NodeInterface
{
    public static SchemaBuilder AddNode(this SchemaBuilder s) => s
        .Interface("Node", t => t.Field("id", "ID!", f => f.Description("A global id: pass it to node(id) to fetch the object again.")),
            "An object with a global id.", TypeOf)
        .Union("SearchResult", ["Dataset", "Organization"], "What the catalogue-wide search returns.", TypeOf);

    private static string? TypeOf(object? value, ResolveFieldContext context, IAbstractType type) => value switch
    {
        DatasetRecord => "Dataset",
        Organization => "Organization",
        _ => null,
    };
}
