using System.Text.Json;
using System.Text.Json.Serialization;
using Catalogue.Api.Apis;

namespace Catalogue.Api.Http;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(KeysApi.CreateKeyRequest))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
