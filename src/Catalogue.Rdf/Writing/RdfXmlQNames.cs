using System.Xml;

namespace Catalogue.Rdf.Writing;

/// <summary>
/// Splits IRIs into XML qualified names for RDF/XML element names. Declared prefixes are used when the rest of the
/// IRI is an NCName; otherwise the IRI is split before its longest NCName suffix and a fresh prefix (ns1, ns2…) is
/// generated. Some IRIs (e.g. ending in a digit after '/') have no NCName suffix and cannot be an RDF/XML predicate.
/// </summary>
internal sealed class RdfXmlQNames
{
    private readonly Dictionary<string, string> _declared = new(StringComparer.Ordinal); // namespace → prefix
    private readonly Dictionary<string, string> _generated = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedPrefixes = new(StringComparer.Ordinal);
    private int _counter;

    public RdfXmlQNames(IReadOnlyDictionary<string, string> prefixes)
    {
        foreach (var (prefix, ns) in prefixes)
        {
            if (!IsUsablePrefix(prefix) || ns.Length == 0) continue;
            _declared.TryAdd(ns, prefix);
            _usedPrefixes.Add(prefix);
        }
    }

    /// <summary>The prefixes to declare on rdf:RDF.</summary>
    public IEnumerable<(string Prefix, string Namespace)> Declared => _declared.Select(kv => (kv.Value, kv.Key));

    /// <summary>
    /// Splits <paramref name="iri"/>. <paramref name="isNew"/> means a generated prefix, which XmlWriter declares locally
    /// (a streaming writer cannot add declarations to the root element once it is written).
    /// </summary>
    public bool TrySplit(string iri, out string prefix, out string localName, out string ns, out bool isNew)
    {
        isNew = false;
        var start = NcNameSuffixStart(iri);
        for (var i = start; i < iri.Length; i++)
        {
            // Prefer a declared namespace whose remainder is still an NCName.
            if (!XmlConvert.IsStartNCNameChar(iri[i])) continue;
            if (_declared.TryGetValue(iri[..i], out var declared))
            {
                prefix = declared;
                localName = iri[i..];
                ns = iri[..i];
                return true;
            }
        }
        var first = FirstStartChar(iri, start);
        if (first < 0 || first == 0)
        {
            prefix = localName = ns = "";
            return false;
        }
        ns = iri[..first];
        localName = iri[first..];
        if (!_generated.TryGetValue(ns, out prefix!))
        {
            do prefix = "ns" + ++_counter; while (!_usedPrefixes.Add(prefix));
            _generated[ns] = prefix;
        }
        isNew = true;
        return true;
    }

    private static bool IsUsablePrefix(string prefix) =>
        prefix.Length > 0 && !prefix.StartsWith("xml", StringComparison.OrdinalIgnoreCase) && IsNcName(prefix);

    private static bool IsNcName(string value)
    {
        try { XmlConvert.VerifyNCName(value); return true; }
        catch (XmlException) { return false; }
    }

    /// <summary>Index where the longest run of NCName characters at the end of the IRI begins (BMP only: .NET XmlWriter
    /// refuses supplementary characters in names, so they stay in the namespace part).</summary>
    private static int NcNameSuffixStart(string iri)
    {
        var i = iri.Length;
        while (i > 0)
        {
            var c = iri[i - 1];
            if (!XmlConvert.IsNCNameChar(c)) break;
            i--;
        }
        return i;
    }

    private static int FirstStartChar(string iri, int from)
    {
        for (var i = from; i < iri.Length; i++)
        {
            if (XmlConvert.IsStartNCNameChar(iri[i])) return i;
        }
        return -1;
    }
}
