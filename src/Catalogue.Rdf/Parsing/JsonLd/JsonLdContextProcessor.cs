using System.Text.Json.Nodes;
using static Catalogue.Rdf.Parsing.JsonLd.JsonLdKeywords;

namespace Catalogue.Rdf.Parsing.JsonLd;

/// <summary>
/// Context Processing (§4.1.2), Create Term Definition (§4.2.2) and IRI Expansion (§5.2.2) of the JSON-LD 1.1 API.
/// One instance per processing run, so remote contexts are loaded once.
/// </summary>
internal sealed class JsonLdContextProcessor(JsonLdOptions options)
{
    private const int MaxRemoteContexts = 32;
    private readonly Dictionary<string, RemoteDocument> _loaded = new(StringComparer.Ordinal);

    public JsonLdContext Process(JsonLdContext active, JsonNode? localContext, string? baseUrl,
        List<string>? remoteContexts = null, bool overrideProtected = false, bool propagate = true, bool validateScopedContext = true)
    {
        remoteContexts ??= [];
        var result = active.Clone();
        if (localContext is JsonObject obj && obj.TryGetPropertyValue("@propagate", out var propagateNode))
        {
            if (!IsBoolean(propagateNode)) throw new JsonLdException("invalid @propagate value");
            propagate = propagateNode!.GetValue<bool>();
        }
        if (!propagate && result.PreviousContext is null) result.PreviousContext = active;

        foreach (var context in Items(localContext))
        {
            if (context is null)
            {
                if (!overrideProtected && result.Terms.Values.Any(t => t.Protected))
                    throw new JsonLdException("invalid context nullification");
                var previous = result;
                result = new JsonLdContext(active.OriginalBaseUrl);
                if (!propagate) result.PreviousContext = previous;
                continue;
            }
            if (IsString(context))
            {
                result = ProcessRemoteContext(result, context.GetValue<string>(), baseUrl, remoteContexts, validateScopedContext);
                continue;
            }
            if (context is not JsonObject definition) throw new JsonLdException("invalid local context");
            result = ProcessLocalContext(result, definition, baseUrl, remoteContexts, overrideProtected);
        }
        return result;
    }

    private JsonLdContext ProcessRemoteContext(JsonLdContext result, string reference, string? baseUrl,
        List<string> remoteContexts, bool validateScopedContext)
    {
        var url = IriResolver.Resolve(baseUrl ?? "", reference);
        if (!validateScopedContext && remoteContexts.Contains(url)) return result;
        if (remoteContexts.Count > MaxRemoteContexts) throw new JsonLdException("context overflow");
        remoteContexts.Add(url);
        var document = LoadContextDocument(url, "loading remote context failed");
        return Process(result, ((JsonObject)document.Document!)["@context"], document.DocumentUrl,
            [.. remoteContexts], validateScopedContext: validateScopedContext);
    }

    private RemoteDocument LoadContextDocument(string url, string failureCode)
    {
        if (!_loaded.TryGetValue(url, out var document))
        {
            try
            {
                document = options.DocumentLoader.Load(url);
            }
            catch (Exception e) when (e is not JsonLdException { Code: "invalid remote context" })
            {
                throw new JsonLdException(failureCode, e.Message);
            }
            _loaded[url] = document;
        }
        if (document.Document is not JsonObject root || !root.ContainsKey("@context"))
            throw new JsonLdException("invalid remote context", url);
        return document;
    }

    private JsonLdContext ProcessLocalContext(JsonLdContext result, JsonObject context, string? baseUrl,
        List<string> remoteContexts, bool overrideProtected)
    {
        if (context.TryGetPropertyValue("@version", out var version))
        {
            if (!IsNumber(version) || version!.GetValue<double>() != 1.1) throw new JsonLdException("invalid @version value");
            if (options.IsJsonLd10) throw new JsonLdException("processing mode conflict");
        }
        if (context.TryGetPropertyValue("@import", out var import))
            context = ImportContext(context, import, baseUrl);

        if (context.TryGetPropertyValue("@base", out var baseValue) && remoteContexts.Count == 0)
        {
            if (baseValue is null) result.BaseIri = null;
            else if (AsString(baseValue) is { } b)
            {
                if (IsAbsoluteIri(b)) result.BaseIri = b;
                else if (result.BaseIri is not null) result.BaseIri = IriResolver.Resolve(result.BaseIri, b);
                else throw new JsonLdException("invalid base IRI");
            }
            else throw new JsonLdException("invalid base IRI");
        }
        if (context.TryGetPropertyValue("@vocab", out var vocab))
        {
            if (vocab is null) result.Vocab = null;
            else if (AsString(vocab) is { } v)
            {
                if (!IsAbsoluteIri(v) && !IsBlankNodeId(v) && options.IsJsonLd10 && v.Length > 0)
                    throw new JsonLdException("invalid vocab mapping");
                result.Vocab = ExpandIri(result, v, documentRelative: true, vocab: true);
            }
            else throw new JsonLdException("invalid vocab mapping");
        }
        if (context.TryGetPropertyValue("@language", out var language))
        {
            if (language is null) result.DefaultLanguage = null;
            else if (AsString(language) is { } l) result.DefaultLanguage = l.ToLowerInvariant();
            else throw new JsonLdException("invalid default language");
        }
        if (context.TryGetPropertyValue("@direction", out var direction))
        {
            if (options.IsJsonLd10) throw new JsonLdException("invalid context entry");
            if (direction is null) result.DefaultDirection = null;
            else if (AsString(direction) is "ltr" or "rtl") result.DefaultDirection = direction.GetValue<string>();
            else throw new JsonLdException("invalid base direction");
        }
        if (context.ContainsKey("@propagate") && options.IsJsonLd10) throw new JsonLdException("invalid context entry");

        var defined = new Dictionary<string, bool>(StringComparer.Ordinal);
        var protectedDefault = false;
        if (context.TryGetPropertyValue("@protected", out var protectedNode))
        {
            if (!IsBoolean(protectedNode)) throw new JsonLdException("invalid @protected value");
            protectedDefault = protectedNode!.GetValue<bool>();
        }
        foreach (var (key, _) in context)
        {
            if (key is "@base" or "@direction" or "@import" or "@language" or "@propagate" or "@protected" or "@version" or "@vocab")
                continue;
            CreateTermDefinition(result, context, key, defined, baseUrl, protectedDefault, overrideProtected, remoteContexts);
        }
        return result;
    }

    private JsonObject ImportContext(JsonObject context, JsonNode? import, string? baseUrl)
    {
        if (options.IsJsonLd10) throw new JsonLdException("invalid context entry");
        if (AsString(import) is not { } reference) throw new JsonLdException("invalid @import value");
        var url = IriResolver.Resolve(baseUrl ?? "", reference);
        var document = LoadContextDocument(url, "loading remote context failed");
        if (((JsonObject)document.Document!)["@context"] is not JsonObject imported)
            throw new JsonLdException("invalid remote context");
        if (imported.ContainsKey("@import")) throw new JsonLdException("invalid context entry");
        var merged = (JsonObject)imported.DeepClone();
        foreach (var (key, value) in context)
            if (key != "@import") merged[key] = value?.DeepClone();
        return merged;
    }

    public void CreateTermDefinition(JsonLdContext active, JsonObject local, string term, Dictionary<string, bool> defined,
        string? baseUrl, bool protectedDefault = false, bool overrideProtected = false, List<string>? remoteContexts = null,
        bool validateScopedContext = true)
    {
        if (defined.TryGetValue(term, out var done))
        {
            if (done) return;
            throw new JsonLdException("cyclic IRI mapping", term);
        }
        if (term.Length == 0) throw new JsonLdException("invalid term definition", "empty term");
        defined[term] = false;
        var value = local[term];
        var scope = new TermScope(local, defined, baseUrl, protectedDefault, overrideProtected, remoteContexts);

        if (term == "@type" && !options.IsJsonLd10 && value is JsonObject typeDefinition
            && typeDefinition.Count > 0 && typeDefinition.All(p => p.Key is "@container" or "@protected")
            && (!typeDefinition.ContainsKey("@container") || AsString(typeDefinition["@container"]) == "@set"))
        {
            // @type may be given @container: @set and @protected only.
        }
        else if (IsKeyword(term)) throw new JsonLdException("keyword redefinition", term);
        else if (HasKeywordForm(term)) { defined.Remove(term); return; }

        var previous = active.Term(term);
        active.Terms.Remove(term);

        JsonObject definitionNode;
        var simpleTerm = false;
        if (value is null) definitionNode = new JsonObject { ["@id"] = null };
        else if (IsString(value)) { definitionNode = new JsonObject { ["@id"] = value.DeepClone() }; simpleTerm = true; }
        else if (value is JsonObject o) definitionNode = o;
        else throw new JsonLdException("invalid term definition", term);

        foreach (var (key, _) in definitionNode)
            if (key is not ("@id" or "@reverse" or "@container" or "@context" or "@direction" or "@index" or "@language"
                or "@nest" or "@prefix" or "@protected" or "@type"))
                throw new JsonLdException("invalid term definition", $"{term} has entry {key}");

        if (definitionNode.ContainsKey("@prefix") && (term.Contains(':') || term.Contains('/')))
            throw new JsonLdException("invalid term definition", "@prefix on a compact IRI or relative IRI term");

        var definition = new JsonLdTermDefinition { Protected = protectedDefault };
        if (definitionNode.TryGetPropertyValue("@protected", out var protectedNode))
        {
            if (options.IsJsonLd10) throw new JsonLdException("invalid term definition");
            if (!IsBoolean(protectedNode)) throw new JsonLdException("invalid @protected value");
            definition = definition with { Protected = protectedNode!.GetValue<bool>() };
        }

        if (definitionNode.TryGetPropertyValue("@type", out var typeNode))
        {
            if (AsString(typeNode) is not { } type) throw new JsonLdException("invalid type mapping");
            type = ExpandIri(active, type, vocab: true, scope: scope) ?? "";
            if ((type is "@json" or "@none") && options.IsJsonLd10) throw new JsonLdException("invalid type mapping");
            if (type is not ("@id" or "@vocab" or "@json" or "@none") && !IsAbsoluteIri(type))
                throw new JsonLdException("invalid type mapping", type);
            definition = definition with { TypeMapping = type };
        }

        if (definitionNode.TryGetPropertyValue("@reverse", out var reverseNode))
        {
            if (definitionNode.ContainsKey("@id") || definitionNode.ContainsKey("@nest")) throw new JsonLdException("invalid reverse property");
            if (AsString(reverseNode) is not { } reverse) throw new JsonLdException("invalid IRI mapping");
            if (HasKeywordForm(reverse)) { defined.Remove(term); return; }
            var iri = ExpandIri(active, reverse, vocab: true, scope: scope);
            if (iri is null || (!iri.Contains(':') )) throw new JsonLdException("invalid IRI mapping");
            definition = definition with { Iri = iri, Reverse = true };
            if (definitionNode.TryGetPropertyValue("@container", out var reverseContainer))
            {
                var c = AsString(reverseContainer);
                if (reverseContainer is not null && c is not ("@set" or "@index")) throw new JsonLdException("invalid reverse property");
                definition = definition with { Container = c is null ? [] : [c] };
            }
            if (definitionNode.TryGetPropertyValue("@index", out var reverseIndex))
            {
                if (AsString(reverseIndex) is not { } index || !definition.HasContainer("@index")) throw new JsonLdException("invalid term definition");
                definition = definition with { Index = index };
            }
            Commit(active, term, definition, previous, defined, overrideProtected);
            return;
        }

        if (definitionNode.TryGetPropertyValue("@id", out var idNode) && AsString(idNode) != term)
        {
            if (idNode is null)
            {
                definition = definition with { Iri = null };
            }
            else
            {
                if (AsString(idNode) is not { } id) throw new JsonLdException("invalid IRI mapping");
                if (!IsKeyword(id) && HasKeywordForm(id)) { defined.Remove(term); return; }
                var iri = ExpandIri(active, id, vocab: true, scope: scope);
                if (iri is null || (!IsKeyword(iri) && !iri.Contains(':'))) throw new JsonLdException("invalid IRI mapping", id);
                if (iri == "@context") throw new JsonLdException("invalid keyword alias");
                definition = definition with { Iri = iri };
                if (term.IndexOf(':', 1) > 0 && term.IndexOf(':', 1) < term.Length - 1 || term.Contains('/'))
                {
                    defined[term] = true;
                    if (ExpandIri(active, term, vocab: true, scope: scope) != iri)
                        throw new JsonLdException("invalid IRI mapping", term);
                }
                if (!term.Contains(':') && !term.Contains('/') && simpleTerm
                    && (IsBlankNodeId(iri) || iri.Length > 0 && ":/?#[]@".Contains(iri[^1])))
                    definition = definition with { Prefix = true };
            }
        }
        else if (term.IndexOf(':', 1) > 0)
        {
            var colon = term.IndexOf(':', 1);
            var prefix = term[..colon];
            var suffix = term[(colon + 1)..];
            if (local.ContainsKey(prefix)) scope.Define(this, active, prefix);
            definition = definition with
            {
                Iri = active.Term(prefix) is { Iri: { } prefixIri } ? prefixIri + suffix : term,
            };
        }
        else if (term.Contains('/'))
        {
            defined[term] = true;
            var iri = ExpandIri(active, term, vocab: true, scope: scope);
            if (iri is null || !IsAbsoluteIri(iri)) throw new JsonLdException("invalid IRI mapping", term);
            definition = definition with { Iri = iri };
        }
        else if (term == "@type") definition = definition with { Iri = "@type" };
        else if (active.Vocab is not null) definition = definition with { Iri = active.Vocab + term };
        else throw new JsonLdException("invalid IRI mapping", term);

        if (definitionNode.TryGetPropertyValue("@container", out var containerNode))
        {
            var container = ReadContainer(containerNode);
            definition = definition with { Container = container };
            if (container.Contains("@type"))
            {
                if (definition.TypeMapping is null) definition = definition with { TypeMapping = "@id" };
                else if (definition.TypeMapping is not ("@id" or "@vocab")) throw new JsonLdException("invalid type mapping");
            }
        }

        if (definitionNode.TryGetPropertyValue("@index", out var indexNode))
        {
            if (options.IsJsonLd10 || !definition.HasContainer("@index")) throw new JsonLdException("invalid term definition");
            if (AsString(indexNode) is not { } index || ExpandIri(active, index, vocab: true) is not { } expandedIndex
                || !IsAbsoluteIri(expandedIndex))
                throw new JsonLdException("invalid term definition");
            definition = definition with { Index = index };
        }

        if (definitionNode.TryGetPropertyValue("@context", out var scoped))
        {
            if (options.IsJsonLd10) throw new JsonLdException("invalid term definition");
            try
            {
                Process(active, scoped, baseUrl, [.. remoteContexts ?? []], overrideProtected: true, validateScopedContext: false);
            }
            catch (JsonLdException e)
            {
                throw new JsonLdException("invalid scoped context", e.Message);
            }
            definition = definition with { HasLocalContext = true, LocalContext = scoped?.DeepClone(), BaseUrl = baseUrl };
        }

        if (definitionNode.TryGetPropertyValue("@language", out var languageNode) && !definitionNode.ContainsKey("@type"))
        {
            if (languageNode is not null && !IsString(languageNode)) throw new JsonLdException("invalid language mapping");
            definition = definition with { HasLanguage = true, Language = AsString(languageNode)?.ToLowerInvariant() };
        }

        if (definitionNode.TryGetPropertyValue("@direction", out var directionNode) && !definitionNode.ContainsKey("@type"))
        {
            var d = AsString(directionNode);
            if (directionNode is not null && d is not ("ltr" or "rtl")) throw new JsonLdException("invalid base direction");
            definition = definition with { HasDirection = true, Direction = d };
        }

        if (definitionNode.TryGetPropertyValue("@nest", out var nestNode))
        {
            if (options.IsJsonLd10) throw new JsonLdException("invalid term definition");
            if (AsString(nestNode) is not { } nest || (IsKeyword(nest) && nest != "@nest")) throw new JsonLdException("invalid @nest value");
            definition = definition with { Nest = nest };
        }

        if (definitionNode.TryGetPropertyValue("@prefix", out var prefixNode))
        {
            if (options.IsJsonLd10 || term.Contains(':') || term.Contains('/')) throw new JsonLdException("invalid term definition");
            if (!IsBoolean(prefixNode)) throw new JsonLdException("invalid @prefix value");
            definition = definition with { Prefix = prefixNode!.GetValue<bool>() };
            if (definition.Prefix && IsKeyword(definition.Iri)) throw new JsonLdException("invalid term definition");
        }

        Commit(active, term, definition, previous, defined, overrideProtected);
    }

    private static void Commit(JsonLdContext active, string term, JsonLdTermDefinition definition,
        JsonLdTermDefinition? previous, Dictionary<string, bool> defined, bool overrideProtected)
    {
        if (!overrideProtected && previous is { Protected: true })
        {
            if (!definition.SameAs(previous)) throw new JsonLdException("protected term redefinition", term);
            definition = previous;
        }
        active.Terms[term] = definition;
        defined[term] = true;
    }

    private IReadOnlyList<string> ReadContainer(JsonNode? node)
    {
        var values = new List<string>();
        if (node is JsonArray array)
        {
            if (options.IsJsonLd10) throw new JsonLdException("invalid container mapping");
            foreach (var item in array)
                values.Add(AsString(item) ?? throw new JsonLdException("invalid container mapping"));
        }
        else values.Add(AsString(node) ?? throw new JsonLdException("invalid container mapping"));

        var allowed = new[] { "@graph", "@id", "@index", "@language", "@list", "@set", "@type" };
        if (values.Any(v => !allowed.Contains(v))) throw new JsonLdException("invalid container mapping");
        if (options.IsJsonLd10 && values[0] is "@graph" or "@id" or "@type") throw new JsonLdException("invalid container mapping");
        var set = values.Distinct().ToList();
        var valid = set.Count switch
        {
            1 => true,
            _ when set.Contains("@list") => false,
            _ when set.Contains("@graph") => set.All(v => v is "@graph" or "@id" or "@index" or "@set")
                                             && !(set.Contains("@id") && set.Contains("@index")),
            2 => set.Contains("@set"),
            _ => false,
        };
        if (!valid) throw new JsonLdException("invalid container mapping");
        return set;
    }

    /// <summary>IRI Expansion (§5.2.2). Returns null when the value maps to nothing.</summary>
    public string? ExpandIri(JsonLdContext active, string? value, bool documentRelative = false, bool vocab = false,
        TermScope? scope = null)
    {
        if (value is null || IsKeyword(value)) return value;
        if (HasKeywordForm(value)) return null;
        scope?.Define(this, active, value);
        var term = active.Term(value);
        if (term is not null && IsKeyword(term.Iri)) return term.Iri;
        if (vocab && active.Terms.ContainsKey(value)) return term!.Iri;

        var colon = value.Length > 1 ? value.IndexOf(':', 1) : -1;
        if (colon > 0)
        {
            var prefix = value[..colon];
            var suffix = value[(colon + 1)..];
            if (prefix == "_" || suffix.StartsWith("//", StringComparison.Ordinal)) return value;
            scope?.Define(this, active, prefix);
            if (active.Term(prefix) is { Iri: { } prefixIri, Prefix: true }) return prefixIri + suffix;
            if (IsAbsoluteIri(value)) return value;
        }
        if (vocab && active.Vocab is not null) return active.Vocab + value;
        if (documentRelative) return active.BaseIri is null ? value : IriResolver.Resolve(active.BaseIri, value);
        return value;
    }

    /// <summary>The local context being processed, so IRI expansion can define the terms it depends on first.</summary>
    public sealed record TermScope(JsonObject Local, Dictionary<string, bool> Defined, string? BaseUrl, bool Protected,
        bool OverrideProtected, List<string>? RemoteContexts)
    {
        public void Define(JsonLdContextProcessor processor, JsonLdContext active, string term)
        {
            if (!Local.ContainsKey(term) || (Defined.TryGetValue(term, out var done) && done)) return;
            processor.CreateTermDefinition(active, Local, term, Defined, BaseUrl, Protected, OverrideProtected, RemoteContexts);
        }
    }
}
