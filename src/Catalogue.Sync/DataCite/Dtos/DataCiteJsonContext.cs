using System.Text.Json.Serialization;

namespace Catalogue.Sync.DataCite.Dtos;

/// <summary>
/// Source-generated serialization of every DataCite payload. camelCase as DataCite writes it; nulls are not
/// written, because on a PUT an absent key means "leave unchanged" while an explicit null clears the field.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(DoiDocument))]
[JsonSerializable(typeof(DoiListDocument))]
[JsonSerializable(typeof(DoiValidationDocument))]
[JsonSerializable(typeof(RandomDoisResponse))]
[JsonSerializable(typeof(JsonApiListDocument))]
[JsonSerializable(typeof(JsonApiSingleDocument))]
[JsonSerializable(typeof(DataCiteErrorEnvelope))]
public sealed partial class DataCiteJsonContext : JsonSerializerContext;
