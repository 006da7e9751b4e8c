namespace Catalogue.Rdf.Tests.JsonLd;

/// <summary>
/// W3C JSON-LD tests we deliberately do not run, grouped by reason. They are excluded from the theory data
/// (never run-and-pass); <see cref="JsonLdSkipListTests"/> checks that this list matches the exclusions exactly.
/// </summary>
public static class JsonLdSkipList
{
    public static readonly IReadOnlyDictionary<string, string[]> Groups = new Dictionary<string, string[]>
    {
        ["JSON-LD 1.0-only expectations (specVersion json-ld-1.0); we implement 1.1, whose results differ"] =
        [
            "expand#t0026", "expand#t0038", "expand#t0071", "expand#t0115", "expand#t0116",
            "expand#ter02", "expand#ter03", "expand#ter24", "expand#ter32",
            "toRdf#t0118", "toRdf#te014", "toRdf#te026", "toRdf#te038", "toRdf#te071", "toRdf#te115", "toRdf#te116",
            "toRdf#ter02", "toRdf#ter03", "toRdf#ter24", "toRdf#ter32",
        ],
        ["Generalized RDF (blank-node predicates): our Triple/Quad model only has IRI predicates"] =
        [
            "toRdf#te075",
        ],
    };

    public static IReadOnlySet<string> Ids { get; } = Groups.Values.SelectMany(ids => ids).ToHashSet();

    public static string? ReasonFor(string id) => Groups.FirstOrDefault(g => g.Value.Contains(id)).Key;
}
