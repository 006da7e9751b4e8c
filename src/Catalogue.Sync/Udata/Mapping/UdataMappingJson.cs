using System.Text.Json;
using System.Text.Json.Serialization;

namespace Catalogue.Sync.Udata.Mapping;

/// <summary>Source-generated JSON for the values the mapping compares and stores.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(ResourceProjection))]
[JsonSerializable(typeof(List<ResourceProjection>))]
[JsonSerializable(typeof(SpatialProjection))]
[JsonSerializable(typeof(UdataTemporalCoverage))]
internal sealed partial class UdataMappingJson : JsonSerializerContext;

/// <summary>The comparable part of a resource, the same for ours and theirs.</summary>
public sealed record ResourceProjection(string? Distribution, string Title, string? Description, string Type, string? Url, string? Format, long? Filesize, string? Checksum);

/// <summary>Zones and granularity; geometry is never written by the catalogue.</summary>
public sealed record SpatialProjection(List<string> Zones, string Granularity);
