using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Catalogue.Rdf.Model;
using static Catalogue.Rdf.Parsing.JsonLd.JsonLdKeywords;
using RdfTerms = Catalogue.Rdf.Model.Rdf;

namespace Catalogue.Rdf.Parsing.JsonLd;

/// <summary>Deserialize JSON-LD to RDF (§8.1): walks the node map and pushes quads to a sink.</summary>
internal sealed partial class JsonLdToRdf(JsonLdOptions options, JsonLdNodeMap nodeMap, IRdfSink sink)
{
    private const string I18nNs = "https://www.w3.org/ns/i18n#";

    public void Run()
    {
        foreach (var (graphName, graph) in nodeMap.Graphs)
        {
            Term? graphTerm = null;
            if (graphName != "@default")
            {
                graphTerm = ToResource(graphName);
                if (graphTerm is null) continue;
            }
            foreach (var (subjectId, node) in graph)
            {
                if (ToResource(subjectId) is not { } subject) continue;
                foreach (var (property, values) in node)
                {
                    if (property == "@type")
                    {
                        foreach (var type in Items(values))
                            if (ToResource(AsString(type)) is Iri or BlankNode && ToResource(AsString(type)) is { } typeTerm)
                                Emit(subject, RdfTerms.Type, typeTerm, graphTerm);
                        continue;
                    }
                    if (IsKeyword(property) || IsBlankNodeId(property)) continue;
                    if (ToResource(property) is not Iri predicate) continue;
                    foreach (var item in Items(values))
                    {
                        var extra = new List<(Term S, Iri P, Term O)>();
                        var obj = ToTerm(item, extra);
                        if (obj is null) continue;
                        Emit(subject, predicate, obj, graphTerm);
                        foreach (var (s, p, o) in extra) Emit(s, p, o, graphTerm);
                    }
                }
            }
        }
    }

    private void Emit(Term subject, Iri predicate, Term obj, Term? graph) => sink.Quad(new Quad(subject, predicate, obj, graph));

    /// <summary>Object to RDF (§8.2) and List to RDF (§8.3); list cells and compound literals go to <paramref name="extra"/>.</summary>
    private Term? ToTerm(JsonNode? item, List<(Term, Iri, Term)> extra)
    {
        if (item is not JsonObject obj) return null;
        if (obj.TryGetPropertyValue("@list", out var list)) return ListToRdf(AsArray(list), extra);
        if (!obj.TryGetPropertyValue("@value", out var value)) return ToResource(AsString(obj["@id"]));

        var datatype = AsString(obj["@type"]);
        if (datatype is not null && datatype != "@json" && !IsWellFormedIri(datatype)) return null;
        var language = AsString(obj["@language"]);
        if (language is not null && !LanguageTag().IsMatch(language)) return null;

        string lexical;
        if (datatype == "@json")
        {
            lexical = JsonLdCanonicalJson.Canonicalize(value);
            datatype = RdfTerms.JsonLiteral.Value;
        }
        else if (IsBoolean(value))
        {
            lexical = value!.GetValue<bool>() ? "true" : "false";
            datatype ??= Xsd.Boolean.Value;
        }
        else if (IsNumber(value))
        {
            var number = value!.GetValue<double>();
            if (number % 1 != 0 || Math.Abs(number) >= 1e21 || datatype == Xsd.Double.Value)
            {
                lexical = JsonLdCanonicalJson.XsdDouble(number);
                datatype ??= Xsd.Double.Value;
            }
            else
            {
                lexical = number == 0 ? "0" : number.ToString("F0", CultureInfo.InvariantCulture);
                datatype ??= Xsd.Integer.Value;
            }
        }
        else if (IsString(value)) lexical = value!.GetValue<string>();
        else return null;

        var direction = AsString(obj["@direction"]);
        if (direction is not null && options.RdfDirection == "i18n-datatype")
            return new Literal(lexical, new Iri(I18nNs + (language?.ToLowerInvariant() ?? "") + "_" + direction));
        if (direction is not null && options.RdfDirection == "compound-literal")
        {
            var compound = new BlankNode(nodeMap.BlankNodeId(null)[2..]);
            extra.Add((compound, new Iri(RdfTerms.Ns + "value"), new Literal(lexical)));
            if (language is not null) extra.Add((compound, new Iri(RdfTerms.Ns + "language"), new Literal(language.ToLowerInvariant())));
            extra.Add((compound, new Iri(RdfTerms.Ns + "direction"), new Literal(direction)));
            return compound;
        }
        return language is not null ? new Literal(lexical, null, language) : new Literal(lexical, new Iri(datatype ?? Xsd.String.Value));
    }

    private Term ListToRdf(JsonArray list, List<(Term, Iri, Term)> extra)
    {
        if (list.Count == 0) return RdfTerms.Nil;
        var cells = list.Select(_ => new BlankNode(nodeMap.BlankNodeId(null)[2..])).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var itemExtra = new List<(Term, Iri, Term)>();
            var value = ToTerm(list[i], itemExtra);
            if (value is not null) extra.Add((cells[i], RdfTerms.First, value));
            extra.AddRange(itemExtra);
            extra.Add((cells[i], RdfTerms.Rest, i + 1 < cells.Count ? cells[i + 1] : RdfTerms.Nil));
        }
        return cells[0];
    }

    private static Term? ToResource(string? id)
    {
        if (id is null) return null;
        if (IsBlankNodeId(id)) return new BlankNode(id[2..]);
        return IsWellFormedIri(id) ? new Iri(id) : null;
    }

    /// <summary>Absolute IRIs only, without characters the IRI grammar forbids (relative IRIs are dropped by toRdf).</summary>
    private static bool IsWellFormedIri(string value)
    {
        if (!IsAbsoluteIri(value)) return false;
        if (value.IndexOf('#') != value.LastIndexOf('#')) return false; // at most one fragment delimiter
        foreach (var c in value)
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`') return false;
        return true;
    }

    [GeneratedRegex("^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
