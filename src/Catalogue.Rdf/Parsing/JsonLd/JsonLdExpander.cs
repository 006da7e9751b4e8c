using System.Text.Json.Nodes;
using static Catalogue.Rdf.Parsing.JsonLd.JsonLdKeywords;

namespace Catalogue.Rdf.Parsing.JsonLd;

/// <summary>The Expansion Algorithm (§5.1.2) and Value Expansion (§5.3.2) of the JSON-LD 1.1 API.</summary>
internal sealed class JsonLdExpander(JsonLdOptions options, JsonLdContextProcessor contexts)
{
    public JsonNode? Expand(JsonLdContext active, string? activeProperty, JsonNode? element, string? baseUrl, bool fromMap = false)
    {
        if (element is null) return null;
        var propertyDefinition = active.Term(activeProperty);

        if (element is JsonValue)
        {
            if (activeProperty is null or "@graph") return null;
            if (propertyDefinition is { HasLocalContext: true })
                active = contexts.Process(active, propertyDefinition.LocalContext, propertyDefinition.BaseUrl);
            return ExpandValue(active, activeProperty, element);
        }

        if (element is JsonArray array)
        {
            var result = new JsonArray();
            foreach (var item in array)
            {
                var expanded = Expand(active, activeProperty, item, baseUrl, fromMap);
                if (propertyDefinition?.HasContainer("@list") == true && expanded is JsonArray)
                    expanded = new JsonObject { ["@list"] = expanded };
                if (expanded is JsonArray items)
                    foreach (var i in items.ToList()) { items.Remove(i); result.Add(i); }
                else if (expanded is not null) result.Add(expanded);
            }
            return result;
        }

        var obj = (JsonObject)element;
        if (active.PreviousContext is not null && !fromMap && !RevertsToPreviousContextExempt(active, obj))
            active = active.PreviousContext;
        if (propertyDefinition is { HasLocalContext: true })
            active = contexts.Process(active, propertyDefinition.LocalContext, propertyDefinition.BaseUrl, overrideProtected: true);
        if (obj.TryGetPropertyValue("@context", out var localContext))
            active = contexts.Process(active, localContext, baseUrl);

        var typeScoped = active;
        string? inputType = null;
        foreach (var key in Ordered(obj.Select(p => p.Key)))
        {
            if (contexts.ExpandIri(active, key, vocab: true) != "@type") continue;
            var types = Items(obj[key]).Select(AsString).Where(t => t is not null).Cast<string>().Order(StringComparer.Ordinal).ToList();
            foreach (var type in types)
                if (typeScoped.Term(type) is { HasLocalContext: true } typeDefinition)
                    active = contexts.Process(active, typeDefinition.LocalContext, typeDefinition.BaseUrl, propagate: false);
            var last = Items(obj[key]).LastOrDefault();
            if (inputType is null && AsString(last) is { } lastType)
                inputType = contexts.ExpandIri(active, lastType, vocab: true);
        }

        var resultObject = new JsonObject();
        ExpandObject(active, typeScoped, activeProperty, obj, baseUrl, resultObject, inputType);
        return Finish(activeProperty, resultObject);
    }

    /// <summary>Step 7: value objects and lone @id references keep a non-propagated (type-scoped) context.</summary>
    private bool RevertsToPreviousContextExempt(JsonLdContext active, JsonObject obj)
    {
        var expandedKeys = obj.Select(p => contexts.ExpandIri(active, p.Key, vocab: true)).ToList();
        return expandedKeys.Contains("@value") || (expandedKeys.Count == 1 && expandedKeys[0] == "@id");
    }

    private JsonNode? Finish(string? activeProperty, JsonObject result)
    {
        if (result.ContainsKey("@value"))
        {
            if (result.Any(p => p.Key is not ("@direction" or "@index" or "@language" or "@type" or "@value")))
                throw new JsonLdException("invalid value object");
            if (result.ContainsKey("@type") && (result.ContainsKey("@language") || result.ContainsKey("@direction")))
                throw new JsonLdException("invalid value object");
            var value = result["@value"];
            var type = result["@type"];
            if (AsString(type) == "@json") { }
            else if (value is null || value is JsonArray { Count: 0 }) return null;
            else if (value is not JsonValue) throw new JsonLdException("invalid value object value");
            else if (result.ContainsKey("@language") && !IsString(value)) throw new JsonLdException("invalid language-tagged value");
            else if (type is not null && (AsString(type) is not { } t || !IsAbsoluteIri(t) || IsBlankNodeId(t) || t.Any(char.IsWhiteSpace)))
                throw new JsonLdException("invalid typed value");
        }
        else if (result.TryGetPropertyValue("@type", out var types) && types is not JsonArray)
        {
            result["@type"] = new JsonArray(types?.DeepClone());
        }
        else if (result.ContainsKey("@set") || result.ContainsKey("@list"))
        {
            if (result.Count > 2 || (result.Count == 2 && !result.ContainsKey("@index")))
                throw new JsonLdException("invalid set or list object");
            if (result.TryGetPropertyValue("@set", out var set))
            {
                result.Remove("@set");
                return set;
            }
        }

        if (result.Count == 1 && result.ContainsKey("@language")) return null;
        if (activeProperty is null or "@graph")
        {
            if (result.Count == 0 || result.ContainsKey("@value") || result.ContainsKey("@list")) return null;
            if (result.Count == 1 && result.ContainsKey("@id")) return null;
        }
        return result;
    }

    private void ExpandObject(JsonLdContext active, JsonLdContext typeScoped, string? activeProperty, JsonObject element,
        string? baseUrl, JsonObject result, string? inputType)
    {
        var nests = new List<string>();
        foreach (var key in Ordered(element.Select(p => p.Key)))
        {
            var value = element[key];
            if (key == "@context") continue;
            var expandedProperty = contexts.ExpandIri(active, key, vocab: true);
            if (expandedProperty is null || (!expandedProperty.Contains(':') && !IsKeyword(expandedProperty))) continue;

            if (IsKeyword(expandedProperty))
            {
                if (activeProperty == "@reverse") throw new JsonLdException("invalid reverse property map");
                if (result.ContainsKey(expandedProperty) && expandedProperty is not ("@included" or "@type"))
                    throw new JsonLdException("colliding keywords", expandedProperty);
                if (expandedProperty == "@nest") { nests.Add(key); continue; }
                ExpandKeyword(active, typeScoped, activeProperty, expandedProperty, value, baseUrl, result, inputType);
                continue;
            }

            var definition = active.Term(key);
            JsonNode? expandedValue;
            if (definition?.TypeMapping == "@json")
                expandedValue = new JsonObject { ["@value"] = value?.DeepClone(), ["@type"] = "@json" };
            else if (definition?.HasContainer("@language") == true && value is JsonObject languageMap)
                expandedValue = ExpandLanguageMap(active, definition, languageMap);
            else if (definition is not null && (definition.HasContainer("@index") || definition.HasContainer("@type") || definition.HasContainer("@id"))
                     && value is JsonObject map)
                expandedValue = ExpandIndexMap(active, key, definition, map, baseUrl);
            else
                expandedValue = Expand(active, key, value, baseUrl);

            if (expandedValue is null) continue;
            if (definition?.HasContainer("@list") == true && !IsListObject(expandedValue))
                expandedValue = new JsonObject { ["@list"] = AsArray(expandedValue) };
            if (definition?.HasContainer("@graph") == true && !definition.HasContainer("@id") && !definition.HasContainer("@index"))
            {
                var graphs = new JsonArray();
                foreach (var item in Items(expandedValue))
                    graphs.Add(new JsonObject { ["@graph"] = AsArray(item) });
                expandedValue = graphs;
            }

            if (definition?.Reverse == true)
            {
                var reverseMap = result["@reverse"] as JsonObject ?? new JsonObject();
                result["@reverse"] = reverseMap;
                foreach (var item in Items(expandedValue))
                {
                    if (IsValueObject(item) || IsListObject(item)) throw new JsonLdException("invalid reverse property value");
                    AddValue(reverseMap, expandedProperty, item);
                }
            }
            else AddValue(result, expandedProperty, expandedValue);
        }

        foreach (var nestingKey in Ordered(nests))
        {
            foreach (var nested in Items(element[nestingKey]))
            {
                if (nested is not JsonObject nestedObject
                    || nestedObject.Any(p => contexts.ExpandIri(active, p.Key, vocab: true) == "@value"))
                    throw new JsonLdException("invalid @nest value");
                var nestedContext = active.Term(nestingKey) is { HasLocalContext: true } nestDefinition
                    ? contexts.Process(active, nestDefinition.LocalContext, nestDefinition.BaseUrl, overrideProtected: true)
                    : active;
                ExpandObject(nestedContext, typeScoped, nestingKey, nestedObject, baseUrl, result, inputType);
            }
        }
    }

    private void ExpandKeyword(JsonLdContext active, JsonLdContext typeScoped, string? activeProperty, string keyword,
        JsonNode? value, string? baseUrl, JsonObject result, string? inputType)
    {
        JsonNode? expandedValue;
        switch (keyword)
        {
            case "@id":
                if (AsString(value) is not { } id) throw new JsonLdException("invalid @id value");
                expandedValue = contexts.ExpandIri(active, id, documentRelative: true);
                break;
            case "@type":
                if (!(IsString(value) || value is JsonArray a && a.All(IsString))) throw new JsonLdException("invalid type value");
                var types = new JsonArray();
                foreach (var t in Items(value))
                    types.Add(contexts.ExpandIri(typeScoped, t!.GetValue<string>(), documentRelative: true, vocab: true));
                expandedValue = value is JsonArray ? types : types[0]?.DeepClone();
                if (result.TryGetPropertyValue("@type", out var existing))
                {
                    var merged = AsArray(existing);
                    foreach (var t in Items(expandedValue)) merged.Add(t?.DeepClone());
                    expandedValue = merged;
                }
                break;
            case "@graph":
                expandedValue = AsArray(Expand(active, "@graph", value, baseUrl));
                break;
            case "@included":
                if (options.IsJsonLd10) return;
                foreach (var raw in Items(value))
                    if (raw is not JsonObject rawNode
                        || rawNode.Any(p => contexts.ExpandIri(active, p.Key, vocab: true) is "@value" or "@list" or "@set"))
                        throw new JsonLdException("invalid @included value");
                expandedValue = AsArray(Expand(active, null, value, baseUrl));
                foreach (var item in (JsonArray)expandedValue)
                    if (item is not JsonObject node || node.ContainsKey("@value") || node.ContainsKey("@list") || node.ContainsKey("@set"))
                        throw new JsonLdException("invalid @included value");
                if (result.TryGetPropertyValue("@included", out var included))
                {
                    var merged = AsArray(included);
                    foreach (var item in (JsonArray)expandedValue) merged.Add(item?.DeepClone());
                    expandedValue = merged;
                }
                break;
            case "@value":
                if (inputType == "@json")
                {
                    if (options.IsJsonLd10) throw new JsonLdException("invalid value object value");
                    expandedValue = value?.DeepClone();
                    result["@value"] = expandedValue;
                    return;
                }
                if (value is not null and not JsonValue) throw new JsonLdException("invalid value object value");
                result["@value"] = value?.DeepClone();
                return;
            case "@language":
                if (AsString(value) is not { } language) throw new JsonLdException("invalid language-tagged string");
                expandedValue = language.ToLowerInvariant();
                break;
            case "@direction":
                if (options.IsJsonLd10) return;
                if (AsString(value) is not ("ltr" or "rtl")) throw new JsonLdException("invalid base direction");
                expandedValue = value!.DeepClone();
                break;
            case "@index":
                if (!IsString(value)) throw new JsonLdException("invalid @index value");
                expandedValue = value!.DeepClone();
                break;
            case "@list":
                if (activeProperty is null or "@graph") return;
                expandedValue = AsArray(Expand(active, activeProperty, value, baseUrl));
                break;
            case "@set":
                expandedValue = Expand(active, activeProperty, value, baseUrl);
                break;
            case "@reverse":
                if (value is not JsonObject) throw new JsonLdException("invalid @reverse value");
                var reversed = Expand(active, "@reverse", value, baseUrl) as JsonObject ?? new JsonObject();
                if (reversed.TryGetPropertyValue("@reverse", out var doubleReversed) && doubleReversed is JsonObject forwards)
                    foreach (var (property, items) in forwards) AddValue(result, property, items);
                if (reversed.Any(p => p.Key != "@reverse"))
                {
                    var reverseMap = result["@reverse"] as JsonObject ?? new JsonObject();
                    result["@reverse"] = reverseMap;
                    foreach (var (property, items) in reversed)
                    {
                        if (property == "@reverse") continue;
                        foreach (var item in Items(items))
                        {
                            if (IsValueObject(item) || IsListObject(item)) throw new JsonLdException("invalid reverse property value");
                            AddValue(reverseMap, property, item);
                        }
                    }
                }
                return;
            default:
                // Framing keywords (@default, @embed…) have no meaning for expansion of plain documents.
                return;
        }
        if (expandedValue is null && keyword != "@id") return;
        result[keyword] = expandedValue is null ? null : expandedValue.Parent is null ? expandedValue : expandedValue.DeepClone();
    }

    private JsonArray ExpandLanguageMap(JsonLdContext active, JsonLdTermDefinition definition, JsonObject map)
    {
        var expanded = new JsonArray();
        var direction = definition.HasDirection ? definition.Direction : active.DefaultDirection;
        foreach (var language in Ordered(map.Select(p => p.Key)))
        {
            foreach (var item in Items(map[language]))
            {
                if (item is null) continue;
                if (!IsString(item)) throw new JsonLdException("invalid language map value");
                var value = new JsonObject { ["@value"] = item.DeepClone() };
                if (language != "@none" && contexts.ExpandIri(active, language, vocab: true) != "@none")
                    value["@language"] = language.ToLowerInvariant();
                if (direction is not null) value["@direction"] = direction;
                expanded.Add(value);
            }
        }
        return expanded;
    }

    private JsonArray ExpandIndexMap(JsonLdContext active, string key, JsonLdTermDefinition definition, JsonObject map, string? baseUrl)
    {
        var expanded = new JsonArray();
        var indexKey = definition.Index ?? "@index";
        foreach (var index in Ordered(map.Select(p => p.Key)))
        {
            var mapContext = active;
            if (definition.HasContainer("@id") || definition.HasContainer("@type")) mapContext = active.PreviousContext ?? active;
            if (definition.HasContainer("@type") && mapContext.Term(index) is { HasLocalContext: true } indexDefinition)
                mapContext = contexts.Process(mapContext, indexDefinition.LocalContext, indexDefinition.BaseUrl);
            var expandedIndex = contexts.ExpandIri(active, index, vocab: true);
            var indexValue = Expand(mapContext, key, AsArray(map[index]), baseUrl, fromMap: true);
            foreach (var itemNode in Items(indexValue).ToList())
            {
                var item = itemNode;
                if (item is null) continue;
                if (definition.HasContainer("@graph") && !IsGraphObject(item))
                    item = new JsonObject { ["@graph"] = AsArray(item) };
                var o = item as JsonObject ?? throw new JsonLdException("invalid value object");
                if (definition.HasContainer("@index") && indexKey != "@index" && expandedIndex != "@none")
                {
                    if (IsValueObject(o)) throw new JsonLdException("invalid value object");
                    var reExpanded = ExpandValue(active, indexKey, JsonValue.Create(index));
                    var expandedIndexKey = contexts.ExpandIri(active, indexKey, vocab: true)!;
                    var values = new JsonArray(reExpanded);
                    if (o.TryGetPropertyValue(expandedIndexKey, out var existing))
                        foreach (var v in Items(existing)) values.Add(v?.DeepClone());
                    o[expandedIndexKey] = values;
                }
                else if (definition.HasContainer("@index") && !o.ContainsKey("@index") && expandedIndex != "@none")
                    o["@index"] = index;
                else if (definition.HasContainer("@id") && !o.ContainsKey("@id") && expandedIndex != "@none")
                    o["@id"] = contexts.ExpandIri(active, index, documentRelative: true);
                else if (definition.HasContainer("@type") && expandedIndex != "@none")
                {
                    var types = new JsonArray(expandedIndex);
                    if (o.TryGetPropertyValue("@type", out var existingTypes))
                        foreach (var t in Items(existingTypes)) types.Add(t?.DeepClone());
                    o["@type"] = types;
                }
                expanded.Add(o.Parent is null ? o : o.DeepClone());
            }
        }
        return expanded;
    }

    public JsonObject ExpandValue(JsonLdContext active, string? activeProperty, JsonNode value)
    {
        var definition = active.Term(activeProperty);
        if (definition?.TypeMapping == "@id" && AsString(value) is { } id)
            return new JsonObject { ["@id"] = contexts.ExpandIri(active, id, documentRelative: true) };
        if (definition?.TypeMapping == "@vocab" && AsString(value) is { } vocabId)
            return new JsonObject { ["@id"] = contexts.ExpandIri(active, vocabId, documentRelative: true, vocab: true) };

        var result = new JsonObject { ["@value"] = value.DeepClone() };
        if (definition?.TypeMapping is { } type && type is not ("@id" or "@vocab" or "@none"))
            result["@type"] = type;
        else if (IsString(value))
        {
            var language = definition is { HasLanguage: true } ? definition.Language : active.DefaultLanguage;
            var direction = definition is { HasDirection: true } ? definition.Direction : active.DefaultDirection;
            if (language is not null) result["@language"] = language;
            if (direction is not null) result["@direction"] = direction;
        }
        return result;
    }

    private IEnumerable<string> Ordered(IEnumerable<string> keys) =>
        options.Ordered ? keys.Order(StringComparer.Ordinal).ToList() : keys.ToList();
}
