using System.Text.Json;
using System.Text.Json.Serialization;

namespace Catalogue.GraphQL.Errors;

/// <summary>Writes the spec's error shape: message, locations, path, extensions (absent keys omitted).</summary>
public sealed class GraphQLErrorJsonConverter : JsonConverter<GraphQLError>
{
    public override GraphQLError Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException("GraphQL errors are written, not read.");

    public override void Write(Utf8JsonWriter writer, GraphQLError value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("message", value.Message);
        if (value.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (value.Path is { } path)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                if (segment is int index) writer.WriteNumberValue(index);
                else writer.WriteStringValue(segment.ToString());
            }
            writer.WriteEndArray();
        }
        if (value.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, extensions, options);
        }
        writer.WriteEndObject();
    }
}
