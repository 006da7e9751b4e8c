namespace Catalogue.GraphQL.Utilities;

/// <summary>graphql-js jsutils/didYouMean: " Did you mean "a", "b", or "c"?" (at most five suggestions).</summary>
public static class DidYouMean
{
    private const int MaxSuggestions = 5;

    public static string Format(IReadOnlyList<string> suggestions) => Format(null, suggestions);

    public static string Format(string? subMessage, IReadOnlyList<string> suggestions)
    {
        var message = " Did you mean ";
        if (!string.IsNullOrEmpty(subMessage)) message += subMessage + " ";
        var quoted = suggestions.Select(s => $"\"{s}\"").ToList();
        switch (quoted.Count)
        {
            case 0: return "";
            case 1: return message + quoted[0] + "?";
            case 2: return message + quoted[0] + " or " + quoted[1] + "?";
        }
        var selected = quoted.Take(MaxSuggestions).ToList();
        var last = selected[^1];
        selected.RemoveAt(selected.Count - 1);
        return message + string.Join(", ", selected) + ", or " + last + "?";
    }
}
