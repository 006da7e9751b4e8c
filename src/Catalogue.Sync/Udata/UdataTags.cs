using System.Globalization;
using System.Text;

namespace Catalogue.Sync.Udata;

/// <summary>
/// udata's tag normalisation (contract §4.1 / §10.10; <c>udata/tags.py</c>, <c>TagListField</c>):
/// lower-case slugify (accents transliterated, every run of other characters becomes one <c>-</c>,
/// no leading or trailing <c>-</c>), then de-duplicated and sorted; valid tags have 3..96 characters.
/// <c>" Aaa bBB $$ $$-µ  "</c> → <c>"aaa-bbb-u"</c>. Shared by the client and the emulator so both agree.
/// </summary>
public static class UdataTags
{
    public const int MinLength = 3;
    public const int MaxLength = 96;

    /// <summary>Characters that Unicode decomposition does not reduce to ASCII (what unidecode would give).</summary>
    private static readonly Dictionary<char, string> Transliterations = new()
    {
        ['µ'] = "u", ['μ'] = "u", ['ß'] = "ss", ['æ'] = "ae", ['Æ'] = "ae", ['œ'] = "oe", ['Œ'] = "oe",
        ['ø'] = "o", ['Ø'] = "o", ['đ'] = "d", ['Đ'] = "d", ['ð'] = "d", ['þ'] = "th", ['ł'] = "l", ['Ł'] = "l",
        ['’'] = "'", ['‘'] = "'",
    };

    public static string Normalize(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var ascii = new StringBuilder(tag.Length);
        foreach (char c in tag.ToLowerInvariant().Normalize(NormalizationForm.FormKD))
        {
            if (Transliterations.TryGetValue(c, out string? replacement)) ascii.Append(replacement);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) ascii.Append(c);
        }

        var slug = new StringBuilder(ascii.Length);
        bool pendingSeparator = false;
        foreach (char c in ascii.ToString().ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingSeparator && slug.Length > 0) slug.Append('-');
                pendingSeparator = false;
                slug.Append(c);
            }
            else
            {
                pendingSeparator = true;
            }
        }
        return slug.ToString();
    }

    /// <summary>
    /// The list udata stores: each tag normalised (a single string is split on commas), duplicates
    /// removed, sorted ordinally (Python's <c>sorted</c>). Empty results are dropped.
    /// </summary>
    public static IReadOnlyList<string> NormalizeAll(IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return tags.Select(Normalize).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The comma-separated form accepted when <c>tags</c> is a single string.</summary>
    public static IReadOnlyList<string> NormalizeCommaSeparated(string tags) =>
        NormalizeAll(tags.Split(',').Where(t => t.Trim().Length > 0));

    public static bool HasValidLength(string normalizedTag) =>
        normalizedTag.Length is >= MinLength and <= MaxLength;

    /// <summary>The server's message for a tag outside 3..96 characters.</summary>
    public static string LengthError(string normalizedTag) =>
        $"Tag \"{normalizedTag}\" must be between {MinLength} and {MaxLength} characters long.";
}
