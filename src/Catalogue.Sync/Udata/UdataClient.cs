using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Catalogue.Sync.Udata;

/// <summary>
/// Typed client for udata v1. The <see cref="HttpClient"/> must have <c>BaseAddress</c> set to the
/// API root (…/api/1/); authentication and retries are handlers added by <c>AddUdataClient</c>.
/// </summary>
public sealed class UdataClient : IUdataClient
{
    private const int MaxRedirects = 3;
    private static readonly UdataJsonContext Json = UdataJsonContext.Default;

    private readonly HttpClient _http;

    public UdataClient(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.BaseAddress is null) throw new ArgumentException("HttpClient.BaseAddress must be the udata API root (…/api/1/).", nameof(http));
        _http = http;
    }

    /// <summary>flask-restx's mask header: only the listed fields are rendered.</summary>
    public const string FieldsHeader = "X-Fields";

    public Task<ApiResponse<UdataPage<UdataDataset>>> ListDatasetsAsync(UdataDatasetQuery query, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "datasets/" + query.ToQueryString(), null, Json.UdataPageUdataDataset, cancellationToken, query.Fields);

    public Task<ApiResponse<UdataPage<UdataDataset>>> ListDatasetsPageAsync(Uri pageUrl, CancellationToken cancellationToken) =>
        ListDatasetsPageAsync(pageUrl, null, cancellationToken);

    public Task<ApiResponse<UdataPage<UdataDataset>>> ListDatasetsPageAsync(Uri pageUrl, string? fields, CancellationToken cancellationToken)
    {
        if (!IsSameApi(pageUrl))
            throw new ArgumentException($"Refusing to follow a page URL outside {_http.BaseAddress}: {pageUrl.GetLeftPart(UriPartial.Path)}", nameof(pageUrl));
        return SendAsync(HttpMethod.Get, pageUrl.PathAndQuery, null, Json.UdataPageUdataDataset, cancellationToken, fields);
    }

    public Task<ApiResponse<UdataPage<UdataDataset>>> ListOrganizationDatasetsAsync(string organizationId, int page, int pageSize, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get,
            $"organizations/{Segment(organizationId)}/datasets/?page={page.ToString(CultureInfo.InvariantCulture)}&page_size={pageSize.ToString(CultureInfo.InvariantCulture)}",
            null, Json.UdataPageUdataDataset, cancellationToken);

    public Task<ApiResponse<UdataDataset>> GetDatasetAsync(string datasetId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, DatasetPath(datasetId), null, Json.UdataDataset, cancellationToken);

    public Task<ApiResponse<UdataDataset>> CreateDatasetAsync(UdataDatasetWrite dataset, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "datasets/", () => JsonContent.Create(dataset, Json.UdataDatasetWrite), Json.UdataDataset, cancellationToken);

    public Task<ApiResponse<UdataDataset>> UpdateDatasetAsync(string datasetId, UdataDatasetWrite dataset, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, DatasetPath(datasetId), () => JsonContent.Create(dataset, Json.UdataDatasetWrite), Json.UdataDataset, cancellationToken);

    public Task<ApiResponse<UdataDataset>> RestoreDatasetAsync(string datasetId, UdataDatasetWrite dataset, CancellationToken cancellationToken)
    {
        JsonObject body = JsonSerializer.SerializeToNode(dataset, Json.UdataDatasetWrite)!.AsObject();
        body["deleted"] = null;
        return SendAsync(HttpMethod.Put, DatasetPath(datasetId), () => JsonContent.Create(body, Json.JsonObject), Json.UdataDataset, cancellationToken);
    }

    public Task<ApiResponse<bool>> DeleteDatasetAsync(string datasetId, CancellationToken cancellationToken) =>
        SendWithoutBodyAsync(HttpMethod.Delete, DatasetPath(datasetId), cancellationToken);

    public Task<ApiResponse<UdataResource>> GetResourceAsync(string datasetId, string resourceId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, ResourcePath(datasetId, resourceId), null, Json.UdataResource, cancellationToken);

    public Task<ApiResponse<UdataResource>> CreateRemoteResourceAsync(string datasetId, UdataResourceWrite resource, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, DatasetPath(datasetId) + "resources/", () => JsonContent.Create(resource, Json.UdataResourceWrite), Json.UdataResource, cancellationToken);

    public Task<ApiResponse<UdataResource>> UpdateResourceAsync(string datasetId, string resourceId, UdataResourceWrite resource, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, ResourcePath(datasetId, resourceId), () => JsonContent.Create(resource, Json.UdataResourceWrite), Json.UdataResource, cancellationToken);

    public Task<ApiResponse<bool>> DeleteResourceAsync(string datasetId, string resourceId, CancellationToken cancellationToken) =>
        SendWithoutBodyAsync(HttpMethod.Delete, ResourcePath(datasetId, resourceId), cancellationToken);

    public Task<ApiResponse<List<UdataResource>>> ReorderResourcesAsync(string datasetId, IReadOnlyList<string> resourceIds, CancellationToken cancellationToken)
    {
        List<string> ids = resourceIds.ToList();
        return SendAsync(HttpMethod.Put, DatasetPath(datasetId) + "resources/", () => JsonContent.Create(ids, Json.ListString), Json.ListUdataResource, cancellationToken);
    }

    public async Task<ApiResponse<UdataResource>> UploadResourceAsync(string datasetId, Stream content, string fileName, CancellationToken cancellationToken)
    {
        byte[] bytes = await ReadAllAsync(content, cancellationToken).ConfigureAwait(false);
        return await SendAsync(HttpMethod.Post, DatasetPath(datasetId) + "upload/",
            () => UdataMultipart.File(bytes, fileName), Json.UdataResource, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ApiResponse<UdataResource>> UploadResourceChunkedAsync(string datasetId, Stream content, string fileName, int chunkSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkSize);
        // totalparts must be known before the first chunk; an unseekable stream is spooled to disk
        // so that memory holds one chunk at a time even for multi-gigabyte files.
        await using Stream? spool = content.CanSeek ? null : await SpoolAsync(content, cancellationToken).ConfigureAwait(false);
        Stream source = spool ?? content;
        long remaining = source.Length - source.Position;
        int totalParts = (int)Math.Max(1, (remaining + chunkSize - 1) / chunkSize);
        // udata only treats totalparts > 1 as chunked; one part is a simple upload.
        if (totalParts == 1) return await UploadResourceAsync(datasetId, source, fileName, cancellationToken).ConfigureAwait(false);

        string path = DatasetPath(datasetId) + "upload/";
        var upload = new UdataChunkedUpload(Guid.NewGuid().ToString(), fileName);
        var buffer = new byte[chunkSize];
        long offset = 0;
        for (int partIndex = 0; partIndex < totalParts; partIndex++)
        {
            int read = await source.ReadAtLeastAsync(buffer, chunkSize, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            byte[] bytes = buffer[..read];
            long chunkOffset = offset;
            int index = partIndex;
            ApiResponse<UdataError> chunk = await SendAsync(HttpMethod.Post, path,
                () => upload.Chunk(bytes, index, chunkOffset, totalParts), Json.UdataError, cancellationToken).ConfigureAwait(false);
            if (!chunk.IsSuccess)
                return new ApiResponse<UdataResource>(chunk.StatusCode, null, chunk.Error ?? chunk.Content, chunk.Method, chunk.Path);
            offset += read;
        }
        return await SendAsync(HttpMethod.Post, path, () => upload.Complete(totalParts), Json.UdataResource, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Stream> SpoolAsync(Stream content, CancellationToken cancellationToken)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        await content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
        file.Position = 0;
        return file;
    }

    public async Task<ApiResponse<UdataResource>> ReplaceResourceFileAsync(string datasetId, string resourceId, Stream content, string fileName, CancellationToken cancellationToken)
    {
        byte[] bytes = await ReadAllAsync(content, cancellationToken).ConfigureAwait(false);
        return await SendAsync(HttpMethod.Post, ResourcePath(datasetId, resourceId) + "upload/",
            () => UdataMultipart.File(bytes, fileName), Json.UdataResource, cancellationToken).ConfigureAwait(false);
    }

    public Task<ApiResponse<UdataOrganization>> GetOrganizationAsync(string organizationId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"organizations/{Segment(organizationId)}/", null, Json.UdataOrganization, cancellationToken);

    public Task<ApiResponse<List<UdataLicense>>> ListLicensesAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "datasets/licenses/", null, Json.ListUdataLicense, cancellationToken);

    public Task<ApiResponse<List<UdataFrequency>>> ListFrequenciesAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "datasets/frequencies/", null, Json.ListUdataFrequency, cancellationToken);

    public Task<ApiResponse<List<UdataGranularity>>> ListGranularitiesAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "spatial/granularities/", null, Json.ListUdataGranularity, cancellationToken);

    public Task<ApiResponse<List<UdataZoneSuggestion>>> SuggestZonesAsync(string query, int size, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get,
            $"spatial/zones/suggest/?q={Uri.EscapeDataString(query)}&size={size.ToString(CultureInfo.InvariantCulture)}",
            null, Json.ListUdataZoneSuggestion, cancellationToken);

    private static string DatasetPath(string datasetId) => $"datasets/{Segment(datasetId)}/";

    private static string ResourcePath(string datasetId, string resourceId) =>
        $"{DatasetPath(datasetId)}resources/{Segment(resourceId)}/";

    private static string Segment(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return Uri.EscapeDataString(value);
    }

    private async Task<ApiResponse<bool>> SendWithoutBodyAsync(HttpMethod method, string path, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await SendFollowingRedirectsAsync(method, path, null, cancellationToken).ConfigureAwait(false);
        string requestPath = response.RequestMessage?.RequestUri?.AbsolutePath ?? path;
        if (response.IsSuccessStatusCode) return new ApiResponse<bool>(response.StatusCode, true, null, method.Method, requestPath);
        return new ApiResponse<bool>(response.StatusCode, false, await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false), method.Method, requestPath);
    }

    private async Task<ApiResponse<T>> SendAsync<T>(HttpMethod method, string path, Func<HttpContent>? body, JsonTypeInfo<T> type, CancellationToken cancellationToken, string? fields = null)
    {
        using HttpResponseMessage response = await SendFollowingRedirectsAsync(method, path, body, cancellationToken, fields).ConfigureAwait(false);
        string requestPath = response.RequestMessage?.RequestUri?.AbsolutePath ?? path;
        if (!response.IsSuccessStatusCode)
            return new ApiResponse<T>(response.StatusCode, default, await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false), method.Method, requestPath);
        T? content = response.StatusCode == HttpStatusCode.NoContent
            ? default
            : await response.Content.ReadFromJsonAsync(type, cancellationToken).ConfigureAwait(false);
        return new ApiResponse<T>(response.StatusCode, content, null, method.Method, requestPath);
    }

    /// <summary>
    /// udata answers 308 for old slugs and missing slashes. Redirects are followed here rather than by
    /// the socket handler so that a redirect to another host can never carry the API key there.
    /// </summary>
    private async Task<HttpResponseMessage> SendFollowingRedirectsAsync(HttpMethod method, string path, Func<HttpContent>? body, CancellationToken cancellationToken, string? fields = null)
    {
        Uri target = new(_http.BaseAddress!, path);
        for (int hop = 0; ; hop++)
        {
            using var request = new HttpRequestMessage(method, target) { Content = body?.Invoke() };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (fields is not null) request.Headers.TryAddWithoutValidation(FieldsHeader, fields);
            HttpResponseMessage response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (hop >= MaxRedirects || !IsRedirect(response.StatusCode) || response.Headers.Location is not { } location) return response;
            Uri next = location.IsAbsoluteUri ? location : new Uri(target, location);
            if (!IsSameApi(next)) return response;
            response.Dispose();
            target = next;
        }
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.PermanentRedirect or HttpStatusCode.TemporaryRedirect or HttpStatusCode.MovedPermanently or HttpStatusCode.Found;

    private bool IsSameApi(Uri url) =>
        url.IsAbsoluteUri && Uri.Compare(url, _http.BaseAddress, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private static async Task<UdataError> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (text.Length > 0 && JsonSerializer.Deserialize(text, Json.UdataError) is { } error) return error;
        }
        catch (JsonException)
        {
            // Proxies in front of data.gouv.fr answer 502/503 with HTML; keep a short excerpt instead.
        }
        return new UdataError { Message = text.Length == 0 ? null : text[..Math.Min(text.Length, 300)] };
    }

    private static async Task<byte[]> ReadAllAsync(Stream content, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
        return copy.ToArray();
    }
}
