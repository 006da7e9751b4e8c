using System.Collections;
using System.Text.Json;

namespace Catalogue.GraphQL.Execution;

/// <summary>
/// Writes a response tree as JSON, keeping dictionary insertion order (field order is part of the contract)
/// and writing numbers the way JSON.stringify does.
/// </summary>
public static class ResponseValueWriter
{
    public static void Write(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            // The executor's own shapes first, walked by index (no boxed enumerators, no interface dispatch).
            case ResponseObject fields:
                writer.WriteStartObject();
                for (var i = 0; i < fields.Count; i++)
                {
                    writer.WritePropertyName(fields.EncodedKeyAt(i));
                    Write(writer, fields.ValueAt(i), options);
                }
                writer.WriteEndObject();
                break;
            case OrderedDictionary<string, object?> fields:
                writer.WriteStartObject();
                for (var i = 0; i < fields.Count; i++)
                {
                    var (key, item) = fields.GetAt(i);
                    writer.WritePropertyName(key);
                    Write(writer, item, options);
                }
                writer.WriteEndObject();
                break;
            case List<object?> items:
                writer.WriteStartArray();
                for (var i = 0; i < items.Count; i++) Write(writer, items[i], options);
                writer.WriteEndArray();
                break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d when double.IsFinite(d):
                if (d == Math.Floor(d) && Math.Abs(d) < 1e15) writer.WriteNumberValue((long)d);
                else writer.WriteNumberValue(d);
                break;
            case double: writer.WriteNullValue(); break; // JSON.stringify(NaN/Infinity) is null
            case float f: Write(writer, (double)f, options); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case JsonElement e: e.WriteTo(writer); break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item, options);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) Write(writer, item, options);
                writer.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType(), options);
                break;
        }
    }
}
