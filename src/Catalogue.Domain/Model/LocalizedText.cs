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

    public IEnumerable<string> AllValues => Values.SelectMany(v => v).Distinct();
    public bool IsEmpty => Values.All(v => v.Count == 0);
}
