using System.Text.RegularExpressions;

namespace Catalogue.GraphQL.Types;

/// <summary>Checks names against the spec's Name production (graphql-js assertName).</summary>
public static partial class NameValidator
{
    [GeneratedRegex("^[_A-Za-z][_0-9A-Za-z]*$")]
    private static partial Regex NamePattern();

    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    /// <summary>Throws for malformed names at definition time; reserved "__" names are reported by SchemaValidator.</summary>
    public static string AssertName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0) throw new ArgumentException("Expected name to be a non-empty string.", nameof(name));
        if (!(char.IsAsciiLetter(name[0]) || name[0] == '_'))
            throw new ArgumentException($"Names must start with [_a-zA-Z] but \"{name}\" does not.", nameof(name));
        if (!IsValidName(name))
            throw new ArgumentException($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.", nameof(name));
        return name;
    }
}
