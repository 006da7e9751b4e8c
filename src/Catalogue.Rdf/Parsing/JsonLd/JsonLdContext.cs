using System.Text.Json.Nodes;

namespace Catalogue.Rdf.Parsing.JsonLd;

/// <summary>One term definition of an active context (JSON-LD 1.1 API §4.1).</summary>
internal sealed record JsonLdTermDefinition
{
    public string? Iri { get; init; }
    public bool Prefix { get; init; }
    public bool Protected { get; init; }
    public bool Reverse { get; init; }
    public string? BaseUrl { get; init; }
    public bool HasLocalContext { get; init; }
    public JsonNode? LocalContext { get; init; }
    public IReadOnlyList<string> Container { get; init; } = [];
    public bool HasDirection { get; init; }
    public string? Direction { get; init; }
    public string? Index { get; init; }
    public bool HasLanguage { get; init; }
    public string? Language { get; init; }
    public string? Nest { get; init; }
    public string? TypeMapping { get; init; }

    public bool HasContainer(string keyword) => Container.Contains(keyword);

    /// <summary>Equality used by protected-term checks: everything except the protected flag, contexts compared as JSON.</summary>
    public bool SameAs(JsonLdTermDefinition other) =>
        Iri == other.Iri && Prefix == other.Prefix && Reverse == other.Reverse
        && HasLocalContext == other.HasLocalContext && JsonNode.DeepEquals(LocalContext, other.LocalContext)
        && Container.SequenceEqual(other.Container) && HasDirection == other.HasDirection && Direction == other.Direction
        && Index == other.Index && HasLanguage == other.HasLanguage && Language == other.Language
        && Nest == other.Nest && TypeMapping == other.TypeMapping;
}

/// <summary>The active context: term definitions plus base IRI, vocabulary mapping and defaults.</summary>
internal sealed class JsonLdContext
{
    public Dictionary<string, JsonLdTermDefinition> Terms { get; private init; } = new(StringComparer.Ordinal);
    public string? BaseIri { get; set; }
    public string? OriginalBaseUrl { get; set; }
    public string? Vocab { get; set; }
    public string? DefaultLanguage { get; set; }
    public string? DefaultDirection { get; set; }
    public JsonLdContext? PreviousContext { get; set; }

    public JsonLdContext(string? baseIri)
    {
        BaseIri = baseIri;
        OriginalBaseUrl = baseIri;
    }

    public JsonLdContext Clone() => new(BaseIri)
    {
        Terms = new Dictionary<string, JsonLdTermDefinition>(Terms, StringComparer.Ordinal),
        OriginalBaseUrl = OriginalBaseUrl,
        Vocab = Vocab,
        DefaultLanguage = DefaultLanguage,
        DefaultDirection = DefaultDirection,
        PreviousContext = PreviousContext,
    };

    public JsonLdTermDefinition? Term(string? term) =>
        term is not null && Terms.TryGetValue(term, out var definition) ? definition : null;
}
