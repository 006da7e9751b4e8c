using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Catalogue.Api.Services;

namespace Catalogue.Api.Http;

/// <summary>
/// Reads a JSON body with the source-generated contract. Bodies are read by hand rather than bound, so a
/// malformed document, a wrong type or an unknown field becomes a problem naming the JSON path.
/// </summary>
public static class JsonBody
{
    public static async Task<T> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type, CancellationToken ct)
    {
        if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            && !request.ContentType.Contains("+json", StringComparison.OrdinalIgnoreCase))
            throw new BadHttpRequestException("The body must be application/json.", StatusCodes.Status415UnsupportedMediaType);
        var value = await JsonSerializer.DeserializeAsync(request.Body, type, ct);
        return value ?? throw new BadRequestException("$", "The body must be a JSON object, not null.");
    }
}
