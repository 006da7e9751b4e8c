using System.Globalization;
using System.Text;
using Catalogue.Domain.Rules;

namespace Catalogue.Domain.Model;

/// <summary>Fills what a record can derive on its own before it is validated and stored.</summary>
public static class RecordDefaults
{
    public static void Apply(DatasetRecord r)
    {
        if (string.IsNullOrWhiteSpace(r.Slug)) r.Slug = Slugify(r.Title.Get("fr") ?? r.Title.Get() ?? "dataset");
        if (string.IsNullOrWhiteSpace(r.Identifier)) r.Identifier = r.Id.ToString();
        if (r.ApplicableLegislation.Count == 0) r.ApplicableLegislation.Add(PublicationChecks.EhdsRegulation);
        foreach (var d in r.Distributions)
            if (d.Id == Guid.Empty) d.Id = Guid.NewGuid();
    }

    /// <summary>Lower-case ASCII, accents removed, words joined by single hyphens, at most 80 characters.</summary>
    public static string Slugify(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            var c = char.ToLowerInvariant(ch);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > 80) slug = slug[..80].TrimEnd('-');
        return slug.Length == 0 ? "dataset" : slug;
    }

    /// <summary>Accent- and case-folded text for the full-text index (French search ignores accents).</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : ' ');
        }
        return sb.ToString();
    }
}
