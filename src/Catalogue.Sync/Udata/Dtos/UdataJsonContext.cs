using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Catalogue.Sync.Udata;

/// <summary>Source-generated serialisation for every udata payload the client sends or reads.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(UdataDataset))]
[JsonSerializable(typeof(UdataDatasetWrite))]
[JsonSerializable(typeof(UdataResource))]
[JsonSerializable(typeof(UdataResourceWrite))]
[JsonSerializable(typeof(List<UdataResource>))]
[JsonSerializable(typeof(UdataPage<UdataDataset>))]
[JsonSerializable(typeof(UdataOrganization))]
[JsonSerializable(typeof(List<UdataLicense>))]
[JsonSerializable(typeof(List<UdataFrequency>))]
[JsonSerializable(typeof(List<UdataGranularity>))]
[JsonSerializable(typeof(List<UdataZoneSuggestion>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(UdataError))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class UdataJsonContext : JsonSerializerContext;
