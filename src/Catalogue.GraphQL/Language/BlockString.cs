using System.Text;

namespace Catalogue.GraphQL.Language;

/// <summary>The spec's block string algorithms (graphql-js <c>blockString.ts</c>).</summary>
public static class BlockString
{
    /// <summary>Spec BlockStringValue(): removes common indentation and leading/trailing blank lines.</summary>
    public static IReadOnlyList<string> DedentLines(IReadOnlyList<string> lines)
    {
        var commonIndent = int.MaxValue;
        int? firstNonEmptyLine = null;
        var lastNonEmptyLine = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhitespace(line);
            if (indent == line.Length) continue; // blank lines do not count towards the common indentation
            firstNonEmptyLine ??= i;
            lastNonEmptyLine = i;
            if (i != 0 && indent < commonIndent) commonIndent = indent;
        }

        var result = new List<string>();
        for (var i = firstNonEmptyLine ?? 0; i <= lastNonEmptyLine; i++)
        {
            var line = lines[i];
            result.Add(i == 0 || commonIndent == int.MaxValue ? line : line.Substring(Math.Min(commonIndent, line.Length)));
        }
        return result;
    }

    /// <summary>Prints a string as a block string, choosing the most readable layout (graphql-js <c>printBlockString</c>).</summary>
    public static string Print(string value, bool minimize = false)
    {
        var escapedValue = value.Replace("\"\"\"", "\\\"\"\"");
        var lines = escapedValue.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        var isSingleLine = lines.Length == 1;

        // Leading whitespace on every later line would be eaten by dedent unless the first line starts on its own line.
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(line => line.Length == 0 || IsWhiteSpace(line[0]));
        var hasTrailingTripleQuotes = escapedValue.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;

        var printAsMultipleLines = !minimize &&
            (!isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes);

        var result = new StringBuilder();
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine) result.Append('\n');
        result.Append(escapedValue);
        if (printAsMultipleLines || forceTrailingNewline) result.Append('\n');
        return "\"\"\"" + result + "\"\"\"";
    }

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i])) i++;
        return i;
    }

    private static bool IsWhiteSpace(char c) => c == ' ' || c == '\t';
}
