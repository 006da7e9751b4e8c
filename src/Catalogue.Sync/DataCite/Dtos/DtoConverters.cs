using System.Text.Json;
using System.Text.Json.Serialization;

namespace Catalogue.Sync.DataCite.Dtos;

/// <summary>Reads a JSON string or number as a string (DataCite's <c>version</c> and <c>year</c>).</summary>
public sealed class StringOrNumberConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
            _ => throw new JsonException($"Expected a string or a number, got {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null) writer.WriteNullValue();
        else writer.WriteStringValue(value);
    }
}

/// <summary>Publisher is a string (the name) unless read with <c>?publisher=true</c>; always written as the object.</summary>
public sealed class DoiPublisherConverter : JsonConverter<DoiPublisher>
{
    public override DoiPublisher? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType == JsonTokenType.String) return new DoiPublisher { Name = reader.GetString() };
        var fields = ObjectFields.Read(ref reader);
        return new DoiPublisher
        {
            Name = fields.GetValueOrDefault("name"),
            PublisherIdentifier = fields.GetValueOrDefault("publisherIdentifier"),
            PublisherIdentifierScheme = fields.GetValueOrDefault("publisherIdentifierScheme"),
            SchemeUri = fields.GetValueOrDefault("schemeUri"),
            Lang = fields.GetValueOrDefault("lang"),
        };
    }

    public override void Write(Utf8JsonWriter writer, DoiPublisher value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        ObjectFields.Write(writer, "name", value.Name);
        ObjectFields.Write(writer, "publisherIdentifier", value.PublisherIdentifier);
        ObjectFields.Write(writer, "publisherIdentifierScheme", value.PublisherIdentifierScheme);
        ObjectFields.Write(writer, "schemeUri", value.SchemeUri);
        ObjectFields.Write(writer, "lang", value.Lang);
        writer.WriteEndObject();
    }
}

/// <summary>Affiliation is a bare name unless read with <c>?affiliation=true</c>; always written as the object.</summary>
public sealed class DoiAffiliationConverter : JsonConverter<DoiAffiliation>
{
    public override DoiAffiliation? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType == JsonTokenType.String) return new DoiAffiliation { Name = reader.GetString() };
        var fields = ObjectFields.Read(ref reader);
        return new DoiAffiliation
        {
            Name = fields.GetValueOrDefault("name"),
            AffiliationIdentifier = fields.GetValueOrDefault("affiliationIdentifier"),
            AffiliationIdentifierScheme = fields.GetValueOrDefault("affiliationIdentifierScheme"),
            SchemeUri = fields.GetValueOrDefault("schemeUri"),
        };
    }

    public override void Write(Utf8JsonWriter writer, DoiAffiliation value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        ObjectFields.Write(writer, "name", value.Name);
        ObjectFields.Write(writer, "affiliationIdentifier", value.AffiliationIdentifier);
        ObjectFields.Write(writer, "affiliationIdentifierScheme", value.AffiliationIdentifierScheme);
        ObjectFields.Write(writer, "schemeUri", value.SchemeUri);
        writer.WriteEndObject();
    }
}

/// <summary>Flat string-valued objects, read without reflection so the converters stay trim-safe.</summary>
internal static class ObjectFields
{
    public static Dictionary<string, string?> Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException($"Expected an object, got {reader.TokenType}.");
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            fields[name] = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Null => null,
                JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
                _ => SkipAndReturnNull(ref reader),
            };
        }
        return fields;
    }

    public static void Write(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }

    private static string? SkipAndReturnNull(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }
}
