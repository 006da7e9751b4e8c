using Catalogue.Rdf.Parsing;

namespace Catalogue.Rdf.Writing;

/// <summary>
/// Prefix ⇄ namespace map used by the Turtle writer. An IRI is shortened to <c>prefix:local</c> only when the local
/// part is a safe PN_LOCAL (no escapes needed), so prefixing never changes meaning. Lookups split the IRI after its
/// last '/', '#' or ':' and probe a span-keyed dictionary, so the hot path allocates nothing.
/// </summary>
public sealed class PrefixMap
{
    private readonly Dictionary<string, string> _byPrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byNamespace = new(StringComparer.Ordinal);
    private Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _namespaceLookup;
    // Namespaces that do not end in '/', '#' or ':' cannot be found by the split probe; scanned instead.
    private readonly List<KeyValuePair<string, string>> _irregular = new();

    public PrefixMap() => _namespaceLookup = _byNamespace.GetAlternateLookup<ReadOnlySpan<char>>();

    public PrefixMap(IEnumerable<KeyValuePair<string, string>> prefixes) : this()
    {
        foreach (var (prefix, ns) in prefixes) Add(prefix, ns);
    }

    /// <summary>The prefixes most DCAT / HealthDCAT-AP documents use.</summary>
    public static PrefixMap Common() => new(new Dictionary<string, string>
    {
        ["rdf"] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        ["rdfs"] = "http://www.w3.org/2000/01/rdf-schema#",
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
        ["owl"] = "http://www.w3.org/2002/07/owl#",
        ["dcat"] = "http://www.w3.org/ns/dcat#",
        ["dct"] = "http://purl.org/dc/terms/",
        ["foaf"] = "http://xmlns.com/foaf/0.1/",
        ["skos"] = "http://www.w3.org/2004/02/skos/core#",
        ["vcard"] = "http://www.w3.org/2006/vcard/ns#",
        ["adms"] = "http://www.w3.org/ns/adms#",
        ["prov"] = "http://www.w3.org/ns/prov#",
        ["dcatap"] = "http://data.europa.eu/r5r/",
        ["healthdcatap"] = "http://healthdataportal.eu/ns/health#",
        ["dqv"] = "http://www.w3.org/ns/dqv#",
        ["odrl"] = "http://www.w3.org/ns/odrl/2/",
        ["spdx"] = "http://spdx.org/rdf/terms#",
        ["locn"] = "http://www.w3.org/ns/locn#",
        ["schema"] = "http://schema.org/",
    });

    public IReadOnlyDictionary<string, string> Prefixes => _byPrefix;
    public int Count => _byPrefix.Count;

    /// <summary>Adds or replaces a prefix. The prefix must be a PN_PREFIX (or empty); the namespace an absolute IRI.</summary>
    public void Add(string prefix, string namespaceIri)
    {
        if (!IsValidPrefix(prefix)) throw new ArgumentException($"'{prefix}' is not a valid Turtle prefix name", nameof(prefix));
        if (_byPrefix.TryGetValue(prefix, out var old))
        {
            _byNamespace.Remove(old);
            _irregular.RemoveAll(kv => kv.Key == prefix);
        }
        _byPrefix[prefix] = namespaceIri;
        _byNamespace[namespaceIri] = prefix;
        if (namespaceIri.Length == 0 || namespaceIri[^1] is not ('/' or '#' or ':'))
            _irregular.Add(new(prefix, namespaceIri));
    }

    public bool TryGetNamespace(string prefix, out string namespaceIri) => _byPrefix.TryGetValue(prefix, out namespaceIri!);

    /// <summary>
    /// Finds a prefix under which <paramref name="iri"/> can be written as a prefixed name;
    /// <paramref name="localStart"/> is where the local part begins in <paramref name="iri"/>.
    /// </summary>
    public bool TryShorten(string iri, out string prefix, out int localStart)
    {
        // Probe the namespace ending at the last '/', '#' or ':' and, when that was a ':' (allowed in local
        // names), also the one ending at the last '/' or '#'.
        var split = iri.AsSpan().LastIndexOfAny('/', '#', ':');
        if (TryNamespaceAt(iri, split, out prefix)) { localStart = split + 1; return true; }
        if (split >= 0 && iri[split] == ':')
        {
            split = iri.AsSpan(0, split).LastIndexOfAny('/', '#');
            if (TryNamespaceAt(iri, split, out prefix)) { localStart = split + 1; return true; }
        }
        foreach (var (p, ns) in _irregular)
        {
            if (iri.StartsWith(ns, StringComparison.Ordinal) && IsSafeLocalName(iri.AsSpan(ns.Length)))
            {
                prefix = p;
                localStart = ns.Length;
                return true;
            }
        }
        prefix = "";
        localStart = 0;
        return false;
    }

    private bool TryNamespaceAt(string iri, int split, out string prefix)
    {
        prefix = "";
        return split >= 0 && _namespaceLookup.TryGetValue(iri.AsSpan(0, split + 1), out prefix!)
            && IsSafeLocalName(iri.AsSpan(split + 1));
    }

    /// <summary>PN_PREFIX ::= PN_CHARS_BASE ((PN_CHARS | '.')* PN_CHARS)?, or the empty prefix.</summary>
    public static bool IsValidPrefix(string prefix)
    {
        if (prefix.Length == 0) return true;
        var runes = prefix.EnumerateRunes().Select(r => r.Value).ToArray();
        if (!RdfChars.IsPnCharsBase(runes[0]) || runes[^1] == '.') return false;
        return runes.Skip(1).All(c => c == '.' || RdfChars.IsPnChars(c));
    }

    /// <summary>
    /// A local part that can be written without backslash escapes: PN_LOCAL built from PN_CHARS, ':' and inner
    /// dots, and '%' only when followed by two hex digits (a %XX sequence is kept verbatim by parsers).
    /// </summary>
    public static bool IsSafeLocalName(ReadOnlySpan<char> local)
    {
        if (local.IsEmpty) return true;
        if (local[^1] == '.') return false;
        for (var i = 0; i < local.Length; i++)
        {
            int c = local[i];
            if (char.IsHighSurrogate(local[i]))
            {
                if (i + 1 >= local.Length || !char.IsLowSurrogate(local[i + 1])) return false;
                c = char.ConvertToUtf32(local[i], local[++i]);
            }
            var ok = c switch
            {
                ':' => true,
                '.' or '-' or 0xB7 => i > 0,
                '%' => i + 2 < local.Length && RdfChars.IsHex(local[i + 1]) && RdfChars.IsHex(local[i + 2]),
                _ => i == 0 ? RdfChars.IsPnCharsU(c) || c is >= '0' and <= '9' : RdfChars.IsPnChars(c),
            };
            if (!ok) return false;
            if (c == '%') i += 2;
        }
        return true;
    }
}
