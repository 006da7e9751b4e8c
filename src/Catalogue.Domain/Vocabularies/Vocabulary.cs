namespace Catalogue.Domain.Vocabularies;

/// <summary>One concept of a controlled vocabulary: its code, IRI and labels as published (never invented).</summary>
public sealed record Concept(string Code, string Iri, string LabelEn, string? LabelFr, string? BroaderIri)
{
    public string Label(string? lang) => lang == "fr" && LabelFr is not null ? LabelFr : LabelEn;
}

/// <summary>A controlled vocabulary (SKOS concept scheme) with code lookup.</summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, Concept> _byCode;
    private readonly Dictionary<string, Concept> _byIri;

    public Vocabulary(string name, string schemeIri, string title, IReadOnlyList<Concept> concepts)
    {
        Name = name;
        SchemeIri = schemeIri;
        Title = title;
        Concepts = concepts;
        _byCode = concepts.ToDictionary(c => c.Code, StringComparer.Ordinal);
        _byIri = concepts.ToDictionary(c => c.Iri, StringComparer.Ordinal);
    }

    public string Name { get; }
    public string SchemeIri { get; }
    public string Title { get; }
    public IReadOnlyList<Concept> Concepts { get; }

    public bool Contains(string code) => _byCode.ContainsKey(code);
    public Concept? Find(string code) => _byCode.GetValueOrDefault(code);
    public Concept? FindByIri(string iri) => _byIri.GetValueOrDefault(iri);
    public Concept Get(string code) => _byCode.TryGetValue(code, out var c) ? c
        : throw new KeyNotFoundException($"'{code}' is not a code of the {Name} vocabulary.");
}
