using System.Text.Json;
using System.Text.Json.Serialization;

namespace Catalogue.GraphQL.Execution;

/// <summary>Writes errors, data, extensions in that order (the spec suggests errors first), omitting absent entries.</summary>
public sealed class ExecutionResultJsonConverter : JsonConverter<ExecutionResult>
{
    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException("Execution results are written, not read.");

    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, options);
        }
        if (value.HasData)
        {
            writer.WritePropertyName("data");
            ResponseValueWriter.Write(writer, value.Data, options);
        }
        if (value.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            ResponseValueWriter.Write(writer, extensions, options);
        }
        writer.WriteEndObject();
    }
}
