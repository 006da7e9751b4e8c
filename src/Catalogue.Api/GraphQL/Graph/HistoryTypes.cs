using System.Text.Json.Nodes;
using Catalogue.Api.Services;
using Catalogue.Domain.Rules;
using Catalogue.GraphQL.Types.Builder;

namespace Catalogue.Api.GraphQL.Graph;

/// <summary>Revisions of a record and field-level differences between two of them.</summary>
public static class HistoryTypes
{
    public static SchemaBuilder AddHistory(this SchemaBuilder s) => s
        .Object("FieldChange", t => t
            .Get<FieldChange>("path", "String!", c => c.Path)
            .Get<FieldChange>("before", "JSON", c => c.Before)
            .Get<FieldChange>("after", "JSON", c => c.After))
        .Object("Revision", t => t
            .Get<RevisionInfo>("number", "Int!", r => r.Number)
            .Get<RevisionInfo>("author", "String!", r => r.Author)
            .Get<RevisionInfo>("createdAt", "DateTime!", r => r.CreatedAt)
            .Get<RevisionInfo>("action", "String!", r => r.Action, "create, update, publish, withdraw, restore:N…")
            .Get<RevisionInfo>("changes", "[FieldChange!]!", r => Changes(r.Changes)),
            "An immutable revision: who changed what, and when.");

    private static IReadOnlyList<FieldChange> Changes(JsonNode? changes) => changes is JsonArray a
        ? a.OfType<JsonObject>().Select(o => new FieldChange((string?)o["path"] ?? "", o["before"], o["after"])).ToList()
        : [];
}
