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
    /// <summary>
    /// Dataset fields whose resolvers read only what the summary stores, each with the record members (JSON names,
    /// as in the summary) its resolver reads. The publisher is <see cref="Publisher"/>'s.
    /// </summary>
    private static readonly Dictionary<string, string[]> DatasetFields = new()
    {
        ["__typename"] = [], ["id"] = ["id"], ["uuid"] = ["id"], ["slug"] = ["slug"], ["identifier"] = ["identifier"],
        ["doi"] = ["doi"], ["status"] = ["status"], ["revision"] = ["revision"], ["modifiedAt"] = ["modifiedAt"],
        ["title"] = ["title"], ["titles"] = ["title"], ["description"] = ["description"], ["keywords"] = ["keywords"],
        ["licences"] = ["licenses"], ["accessRights"] = ["accessRights"],
        ["themes"] = ["themes"], ["healthCategories"] = ["healthCategories"], ["distributions"] = ["distributions"],
    };

    /// <summary>Distribution fields the summary carries, with the members they read (role: the distributions filter reads it).</summary>
    private static readonly Dictionary<string, string[]> DistributionFields = new()
    {
        ["__typename"] = [], ["id"] = ["id"], ["title"] = ["title"], ["format"] = ["format"], ["mediaType"] = ["mediaType"],
        ["accessUrl"] = ["accessUrl"], ["downloadUrl"] = ["downloadUrl"], ["byteSize"] = ["byteSize"], ["role"] = ["role"],
        ["isRemote"] = ["isRemote"],
    };

    /// <summary>Organization fields the summary's <c>publisher</c> member carries.</summary>
    private static readonly HashSet<string> PublisherFields = ["__typename", "id", "uuid", "name", "acronym"];

    public static bool Suffices(ResolveInfo info) => Members(info) is not null;

    /// <summary>
    /// The record and distribution members the connection's fields read, when the summary carries them all; null
    /// otherwise. Every field written in the selection counts, even one a directive skips (a superset is safe).
    /// </summary>
    public static SummaryMembers? Members(ResolveInfo info)
    {
        var members = new SummaryMembers();
        if (!info.FieldNodes.All(f => Connection(f.SelectionSet, info, members))) return null;
        // One publisher selection that needs more than the summary names sends every one to the documents: the
        // resolver cannot tell which selection it answers.
        if (members.PublisherDocuments) members.Dataset.Remove("publisher");
        return members;
    }

    private static bool Connection(SelectionSetNode? set, ResolveInfo info, SummaryMembers members) => Fields(set, info).All(f => f.Name.Value switch
    {
        "nodes" => Dataset(f.SelectionSet, info, members),
        "edges" => Fields(f.SelectionSet, info).All(e => e.Name.Value != "node" || Dataset(e.SelectionSet, info, members)),
        _ => true, // pageInfo, totalCount, __typename
    });

    private static bool Dataset(SelectionSetNode? set, ResolveInfo info, SummaryMembers members) => Fields(set, info).All(f =>
    {
        if (f.Name.Value == "publisher") return Publisher(f, info, members);
        if (!DatasetFields.TryGetValue(f.Name.Value, out var read)) return false;
        members.Dataset.UnionWith(read);
        if (f.Name.Value != "distributions") return true;
        members.Distribution.Add("role");
        return Fields(f.SelectionSet, info).All(d =>
        {
            if (!DistributionFields.TryGetValue(d.Name.Value, out var readOfDistribution)) return false;
            members.Distribution.UnionWith(readOfDistribution);
            return true;
        });
    });

    /// <summary>
    /// The publisher: from the summary's own <c>publisher</c> member when only its id, name and acronym are asked
    /// for (a list's usual "by …" line); otherwise loaded by the record's organisation id, with each row's
    /// organisation document fetched along with the page.
    /// </summary>
    private static bool Publisher(FieldNode field, ResolveInfo info, SummaryMembers members)
    {
        if (Fields(field.SelectionSet, info).All(p => PublisherFields.Contains(p.Name.Value))) members.Dataset.Add("publisher");
        else
        {
            members.Dataset.Add("organizationId");
            members.PublisherDocuments = true;
        }
        return true;
    }

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

/// <summary>The members (JSON names) of the record and of its distributions that a page's selection reads.</summary>
public sealed class SummaryMembers
{
    public SortedSet<string> Dataset { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> Distribution { get; } = new(StringComparer.Ordinal);

    /// <summary>The page must bring each row's publisher document: a publisher field asks for more than the summary names.</summary>
    public bool PublisherDocuments { get; set; }

    /// <summary>Equal for equal member sets, whatever the order fields were written in.</summary>
    public string Key => string.Join(',', Dataset) + "|" + string.Join(',', Distribution) + (PublisherDocuments ? "|publisher documents" : "");
}
