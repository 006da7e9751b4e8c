using System.Text.Json;
using System.Text.Json.Serialization;

namespace Catalogue.Domain.Model;

/// <summary>
/// The record's one JSON shape: stored as the document in the database, served by REST, kept in revisions.
/// Source-generated so serialisation costs no reflection on the hot path.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    WriteIndented = false)]
[JsonSerializable(typeof(DatasetRecord))]
[JsonSerializable(typeof(Organization))]
[JsonSerializable(typeof(List<Distribution>))]
[JsonSerializable(typeof(List<DataTable>))]
[JsonSerializable(typeof(Distribution))]
public sealed partial class RecordJsonContext : JsonSerializerContext;

public static class RecordJson
{
    /// <summary>French text stays readable UTF-8 ("é", not "\u00E9"): the JSON is served as JSON, never inlined in HTML.</summary>
    public static readonly RecordJsonContext Context = new(new JsonSerializerOptions(RecordJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize(DatasetRecord r) => JsonSerializer.Serialize(r, Context.DatasetRecord);
    public static byte[] SerializeUtf8(DatasetRecord r) => JsonSerializer.SerializeToUtf8Bytes(r, Context.DatasetRecord);
    public static DatasetRecord Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Context.DatasetRecord) ?? throw new JsonException("Empty record.");
    public static DatasetRecord Clone(DatasetRecord r) => Deserialize(Serialize(r));
}
