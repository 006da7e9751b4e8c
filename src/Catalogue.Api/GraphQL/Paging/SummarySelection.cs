using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;

namespace Catalogue.Api.GraphQL.Paging;

/// <summary>
/// Whether a datasets connection can be answered from the stored listing summaries (<c>Services.DatasetSummary</c>)
/// instead of the documents: true when every Dataset and Distribution field the connection selects (through
/// <c>nodes</c> or <c>edges.node</c>, fragments included) is one the summary carries. A list front end's usual
/// page (title, description, keywords, publisher, distributions' format and size) then costs a few kB per
/// record rather than a 16 kB document. Anything else, even a field skipped by a directive, takes the documents.
/// </summary>
public static class SummarySelection
{
    /// <summary>Dataset fields whose resolvers read only what the summary stores (publisher is loaded by id).</summary>
    private static readonly HashSet<string> DatasetFields =
    [
        "__typename", "id", "uuid", "slug", "identifier", "doi", "status", "revision", "modifiedAt",
        "title", "titles", "description", "keywords", "publisher", "licences", "accessRights", "themes",
        "healthCategories", "distributions",
    ];

    private static readonly HashSet<string> DistributionFields =
        ["__typename", "id", "title", "format", "mediaType", "accessUrl", "downloadUrl", "byteSize", "role", "isRemote"];

    public static bool Suffices(ResolveInfo info) => info.FieldNodes.All(f => Connection(f.SelectionSet, info));

    private static bool Connection(SelectionSetNode? set, ResolveInfo info) => Fields(set, info).All(f => f.Name.Value switch
    {
        "nodes" => Dataset(f.SelectionSet, info),
        "edges" => Fields(f.SelectionSet, info).All(e => e.Name.Value != "node" || Dataset(e.SelectionSet, info)),
        _ => true, // pageInfo, totalCount, __typename
    });

    private static bool Dataset(SelectionSetNode? set, ResolveInfo info) => Fields(set, info).All(f =>
        DatasetFields.Contains(f.Name.Value)
        && (f.Name.Value != "distributions" || Fields(f.SelectionSet, info).All(d => DistributionFields.Contains(d.Name.Value))));

    /// <summary>The fields of a selection set, fragments expanded (validation has already ruled out cycles).</summary>
    private static IEnumerable<FieldNode> Fields(SelectionSetNode? set, ResolveInfo info)
    {
        if (set is null) yield break;
        foreach (var selection in set.Selections)
        {
            var inner = selection switch
            {
                FieldNode field => null,
                InlineFragmentNode inline => inline.SelectionSet,
                FragmentSpreadNode spread => info.Fragments.TryGetValue(spread.Name.Value, out var fragment) ? fragment.SelectionSet : null,
                _ => null,
            };
            if (selection is FieldNode f) yield return f;
            else foreach (var nested in Fields(inner, info)) yield return nested;
        }
    }
}
