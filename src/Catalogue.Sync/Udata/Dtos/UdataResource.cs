using System.Text.Json;
using System.Text.Json.Serialization;

namespace Catalogue.Sync.Udata;

/// <summary>A resource (distribution) as returned by v1 (contract §4.2); uploads add <c>success</c>.</summary>
public sealed class UdataResource
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("title")] public string Title { get; set; } = "";
    [JsonPropertyName("description")] public string? Description { get; set; }
    /// <summary><c>file</c> (hosted) or <c>remote</c>; immutable after creation.</summary>
    [JsonPropertyName("filetype")] public string Filetype { get; set; } = "";
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("url")] public string Url { get; set; } = "";
    [JsonPropertyName("format")] public string? Format { get; set; }
    [JsonPropertyName("mime")] public string? Mime { get; set; }
    [JsonPropertyName("filesize")] public long? Filesize { get; set; }
    [JsonPropertyName("checksum")] public UdataChecksum? Checksum { get; set; }
    [JsonPropertyName("latest")] public string? Latest { get; set; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("last_modified")] public DateTimeOffset? LastModified { get; set; }
    [JsonPropertyName("internal")] public UdataInternal? Internal { get; set; }
    [JsonPropertyName("extras")] public Dictionary<string, JsonElement>? Extras { get; set; }
    [JsonPropertyName("schema")] public UdataSchemaReference? Schema { get; set; }
    [JsonPropertyName("preview_url")] public string? PreviewUrl { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalFields { get; set; }
}

/// <summary><c>type</c> is one of sha1 (default), sha2, sha256, md5, crc.</summary>
public sealed record UdataChecksum(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] string Value);

/// <summary>Writable resource fields. Hosted-file fields are ignored by the server for <c>filetype: file</c>.</summary>
public sealed record UdataResourceWrite
{
    [JsonPropertyName("title")] public required string Title { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    /// <summary>POST /resources/ only accepts <c>remote</c>.</summary>
    [JsonPropertyName("filetype")] public string Filetype { get; init; } = "remote";
    [JsonPropertyName("type")] public string Type { get; init; } = "main";
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("format")] public string? Format { get; init; }
    [JsonPropertyName("mime")] public string? Mime { get; init; }
    [JsonPropertyName("filesize")] public long? Filesize { get; init; }
    [JsonPropertyName("checksum")] public UdataChecksum? Checksum { get; init; }
    [JsonPropertyName("schema")] public UdataSchemaReference? Schema { get; init; }
    [JsonPropertyName("extras")] public Dictionary<string, JsonElement>? Extras { get; init; }

    public static UdataResourceWrite From(UdataResource resource) => new()
    {
        Title = resource.Title,
        Description = resource.Description,
        Filetype = resource.Filetype,
        Type = resource.Type,
        Url = resource.Url,
        Format = resource.Format,
        Mime = resource.Mime,
        Filesize = resource.Filesize,
        Checksum = resource.Checksum,
        Schema = resource.Schema,
        Extras = resource.Extras,
    };
}
