using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.Api.GraphQL.Graph;

/// <summary>The custom scalars of the catalogue graph: dates, 64-bit counts and free JSON (diff values).</summary>
public static class CatalogueScalars
{
    public static readonly ScalarType DateTime = new("DateTime",
        "An instant in RFC 3339 form with its offset, e.g. `2024-03-01T12:00:00Z`.",
        serialize: v => v switch
        {
            DateTimeOffset d => d.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
            System.DateTime d => System.DateTime.SpecifyKind(d, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
            _ => throw new GraphQLError($"DateTime cannot represent value: {Inspector.Inspect(v)}"),
        },
        parseValue: v => JsValues.Normalize(v) is string s
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d)
            ? d
            : throw new GraphQLError($"DateTime cannot represent value: {Inspector.Inspect(JsValues.Normalize(v))}; expected an RFC 3339 date-time string."))
    {
        SpecifiedByUrl = "https://scalars.graphql.org/andimarek/date-time",
    };

    public static readonly ScalarType Date = new("Date",
        "A calendar date, `YYYY-MM-DD`.",
        serialize: v => v is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : throw new GraphQLError($"Date cannot represent value: {Inspector.Inspect(v)}"),
        parseValue: v => JsValues.Normalize(v) is string s && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new GraphQLError($"Date cannot represent value: {Inspector.Inspect(JsValues.Normalize(v))}; expected YYYY-MM-DD."));

    public static readonly ScalarType Long = new("Long",
        "A signed 64-bit integer, for counts beyond Int's 32 bits (numbers of records).",
        serialize: v => v switch
        {
            long l => l,
            int i => (long)i,
            _ => throw new GraphQLError($"Long cannot represent value: {Inspector.Inspect(v)}"),
        },
        parseValue: v => JsValues.AsNumber(JsValues.Normalize(v)) is { } n && JsValues.IsInteger(n) && Math.Abs(n) < 9.007199254740992e15
            ? (long)n
            : throw new GraphQLError($"Long cannot represent non-integer value: {Inspector.Inspect(JsValues.Normalize(v))}"));

    public static readonly ScalarType Json = new("JSON",
        "Any JSON value, as stored (used for the before/after values of a revision's changes).",
        serialize: v => v switch
        {
            null => null,
            JsonNode n => JsonSerializer.SerializeToElement(n),
            _ => v,
        },
        parseValue: v => JsValues.Normalize(v));

    public static IEnumerable<ScalarType> All => [DateTime, Date, Long, Json];
}
