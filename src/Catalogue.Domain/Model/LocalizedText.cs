namespace Catalogue.Domain.Model;

/// <summary>
/// Language-tagged text: one value per BCP 47 tag ("fr", "en"). The record keeps languages as data, not as
/// columns, so a third language costs nothing and RDF output is a set of language-tagged literals.
/// </summary>
public sealed class LocalizedText : Dictionary<string, string>
{
    public LocalizedText() : base(StringComparer.OrdinalIgnoreCase) { }
    public LocalizedText(IDictionary<string, string> values) : base(values, StringComparer.OrdinalIgnoreCase) { }

    public static LocalizedText Of(string fr, string? en = null)
    {
        var t = new LocalizedText { ["fr"] = fr };
        if (en is not null) t["en"] = en;
        return t;
    }

    /// <summary>The text in <paramref name="lang"/>, else French, else English, else any.</summary>
    public string? Get(string? lang = null)
    {
        if (lang is not null && TryGetValue(lang, out var v) && !string.IsNullOrWhiteSpace(v)) return v;
        if (TryGetValue("fr", out var fr) && !string.IsNullOrWhiteSpace(fr)) return fr;
        if (TryGetValue("en", out var en) && !string.IsNullOrWhiteSpace(en)) return en;
        return Values.FirstOrDefault(x => !string.IsNullOrWhiteSpace(x));
    }

    public bool IsEmpty => Values.All(string.IsNullOrWhiteSpace);
}

/// <summary>Language-tagged lists (keywords): several values per language.</summary>
public sealed class LocalizedList : Dictionary<string, List<string>>
{
    public LocalizedList() : base(StringComparer.OrdinalIgnoreCase) { }

    /// <summary>Every value, each once, in language then list order. A record has a handful of keywords: a linear
    /// scan costs less than the hash set Distinct allocates, and a listing asks this of every record.</summary>
    public IReadOnlyList<string> AllValues
    {
        get
        {
            var all = new List<string>();
            HashSet<string>? seen = null; // past a few dozen values, the scan would cost more than the set
            foreach (var values in Values)
                foreach (var value in values)
                {
                    if (seen is null && all.Count >= 32) seen = new HashSet<string>(all);
                    if (seen is null ? !all.Contains(value) : seen.Add(value)) all.Add(value);
                }
            return all;
        }
    }
    public bool IsEmpty => Values.All(v => v.Count == 0);
}
