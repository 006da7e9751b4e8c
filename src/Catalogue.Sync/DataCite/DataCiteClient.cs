using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Catalogue.Sync.DataCite.Dtos;

namespace Catalogue.Sync.DataCite;

/// <summary>
/// Typed client over <see cref="HttpClient"/>; base address and Basic credentials are set at registration
/// (<c>AddDataCiteClient</c>), retries and the rate limit are handlers around it.
/// </summary>
public sealed class DataCiteClient(HttpClient httpClient) : IDataCiteClient
{
    /// <summary>DataCite documents JSON:API requests; it answers plain <c>application/json</c>.</summary>
    public const string JsonApiMediaType = "application/vnd.api+json";

    // Publisher and affiliation come back as bare names unless asked for the objects (CONTRACT.md §3).
    private const string ObjectShapes = "publisher=true&affiliation=true";

    private static readonly DataCiteJsonContext Json = DataCiteJsonContext.Default;

    public Task<DataCiteResponse<DoiDocument>> GetDoiAsync(string doi, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"dois/{EscapeDoi(doi)}?{ObjectShapes}", null, Json.DoiDocument, cancellationToken);

    public Task<DataCiteResponse<DoiListDocument>> ListDoisAsync(DoiListQuery query, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "dois" + query.ToQueryString(), null, Json.DoiListDocument, cancellationToken);

    public Task<DataCiteResponse<DoiListDocument>> ListDoisNextAsync(string nextLink, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, nextLink, null, Json.DoiListDocument, cancellationToken);

    public Task<DataCiteResponse<DoiDocument>> CreateDoiAsync(DoiAttributes attributes, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"dois?{ObjectShapes}", Body(attributes.Doi, attributes), Json.DoiDocument, cancellationToken);

    public Task<DataCiteResponse<DoiValidationDocument>> ValidateDoiAsync(DoiAttributes attributes, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"dois/validate?{ObjectShapes}", Body(attributes.Doi, attributes), Json.DoiValidationDocument, cancellationToken);

    public Task<DataCiteResponse<DoiDocument>> UpdateDoiAsync(string doi, DoiAttributes attributes, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"dois/{EscapeDoi(doi)}?{ObjectShapes}", Body(doi, attributes), Json.DoiDocument, cancellationToken);

    public Task<DataCiteResponse<DoiDocument>> PatchDoiAsync(string doi, DoiAttributes attributes, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, $"dois/{EscapeDoi(doi)}?{ObjectShapes}", Body(doi, attributes), Json.DoiDocument, cancellationToken);

    public Task<DataCiteResponse<object>> DeleteDoiAsync(string doi, CancellationToken cancellationToken) =>
        SendAsync<object>(HttpMethod.Delete, $"dois/{EscapeDoi(doi)}", null, null, cancellationToken);

    public Task<DataCiteResponse<RandomDoisResponse>> GetRandomDoiAsync(string prefix, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"dois/random?prefix={Uri.EscapeDataString(prefix)}", null, Json.RandomDoisResponse, cancellationToken);

    public Task<DataCiteResponse<JsonApiListDocument>> GetActivitiesAsync(string doi, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"dois/{EscapeDoi(doi)}/activities", null, Json.JsonApiListDocument, cancellationToken);

    public Task<DataCiteResponse<JsonApiListDocument>> ListPrefixesAsync(string? clientId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, clientId is null ? "prefixes" : $"prefixes?client-id={Uri.EscapeDataString(clientId)}",
            null, Json.JsonApiListDocument, cancellationToken);

    public Task<DataCiteResponse<JsonApiSingleDocument>> GetPrefixAsync(string prefix, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"prefixes/{Uri.EscapeDataString(prefix)}", null, Json.JsonApiSingleDocument, cancellationToken);

    public Task<DataCiteResponse<JsonApiListDocument>> GetClientPrefixesAsync(string clientId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"client-prefixes?client-id={Uri.EscapeDataString(clientId)}", null, Json.JsonApiListDocument, cancellationToken);

    /// <summary>Fabrica's form: the slash of the DOI as <c>%2F</c> (lupo's route accepts both).</summary>
    private static string EscapeDoi(string doi) => Uri.EscapeDataString(doi.Trim());

    private static HttpContent Body(string? doi, DoiAttributes attributes)
    {
        var document = new DoiDocument { Data = new DoiResource { Id = doi, Attributes = attributes } };
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(document, Json.DoiDocument);
        var content = new ByteArrayContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue(JsonApiMediaType);
        return content;
    }

    private async Task<DataCiteResponse<T>> SendAsync<T>(
        HttpMethod method, string relativeUri, HttpContent? content, JsonTypeInfo<T>? typeInfo, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, relativeUri) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonApiMediaType));
        using HttpResponseMessage response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);

        if (response.IsSuccessStatusCode)
        {
            T? value = typeInfo is null || body.Length == 0 ? default : JsonSerializer.Deserialize(body, typeInfo);
            return new DataCiteResponse<T>(response.StatusCode, value, []);
        }
        return new DataCiteResponse<T>(response.StatusCode, default, ReadErrors(response.StatusCode, body));
    }

    /// <summary>DataCite's envelope when there is one; otherwise a synthetic error naming the status (e.g. a firewall 429 page).</summary>
    private static IReadOnlyList<DataCiteError> ReadErrors(HttpStatusCode status, byte[] body)
    {
        try
        {
            if (body.Length > 0 && JsonSerializer.Deserialize(body, Json.DataCiteErrorEnvelope) is { Errors.Count: > 0 } envelope)
                return envelope.Errors;
        }
        catch (JsonException)
        {
            // Not JSON (HTML error page from a proxy): fall through to the synthetic error.
        }
        string snippet = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 200));
        return [new DataCiteError { Status = ((int)status).ToString(), Title = string.IsNullOrWhiteSpace(snippet) ? status.ToString() : snippet }];
    }
}
