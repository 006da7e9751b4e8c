using System.Net;
using System.Text.RegularExpressions;

namespace Catalogue.Domain.Mappings.Dcat;

/// <summary>
/// Harvested descriptions are often HTML (CKAN, udata). We keep Markdown-ish text: paragraphs and line breaks
/// become newlines, list items "- ", links "[text](url)", emphasis ** / *, and every other tag is dropped.
/// Script and style contents are dropped whole: they are never description text.
/// </summary>
public static partial class HtmlToText
{
    public static bool LooksLikeHtml(string text) => TagPattern().IsMatch(text);

    public static string Convert(string text)
    {
        if (!LooksLikeHtml(text)) return WebUtility.HtmlDecode(text).Trim();
        var s = ScriptPattern().Replace(text, "");
        s = LinkPattern().Replace(s, m => $"[{m.Groups[2].Value}]({m.Groups[1].Value})");
        s = StrongPattern().Replace(s, m => $"**{m.Groups[2].Value}**");
        s = EmphasisPattern().Replace(s, m => $"*{m.Groups[2].Value}*");
        s = ListItemPattern().Replace(s, "\n- ");
        s = BreakPattern().Replace(s, "\n");
        s = BlockEndPattern().Replace(s, "\n\n");
        s = TagPattern().Replace(s, "");
        s = WebUtility.HtmlDecode(s);
        s = SpacesPattern().Replace(s, " ");
        s = BlankLinesPattern().Replace(s, "\n\n");
        return string.Join('\n', s.Split('\n').Select(l => l.Trim())).Trim();
    }

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")] private static partial Regex TagPattern();
    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)] private static partial Regex ScriptPattern();
    [GeneratedRegex(@"<a\s[^>]*href\s*=\s*[""']([^""']*)[""'][^>]*>(.*?)</a\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)] private static partial Regex LinkPattern();
    [GeneratedRegex(@"<(strong|b)\b[^>]*>(.*?)</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)] private static partial Regex StrongPattern();
    [GeneratedRegex(@"<(em|i)\b[^>]*>(.*?)</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)] private static partial Regex EmphasisPattern();
    [GeneratedRegex(@"<li\b[^>]*>", RegexOptions.IgnoreCase)] private static partial Regex ListItemPattern();
    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)] private static partial Regex BreakPattern();
    [GeneratedRegex(@"</(p|div|ul|ol|h[1-6]|table|tr|blockquote)\s*>", RegexOptions.IgnoreCase)] private static partial Regex BlockEndPattern();
    [GeneratedRegex(@"[ \t\u00a0]+")] private static partial Regex SpacesPattern();
    [GeneratedRegex(@"\n\s*\n(\s*\n)+")] private static partial Regex BlankLinesPattern();
}
