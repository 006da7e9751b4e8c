namespace Catalogue.Sync.Udata;

/// <summary>
/// data.gouv.fr (udata v1) operations, one method per remote endpoint (contract §3). Paths always
/// carry the trailing slash udata declares; datasets are addressed by id (slugs change with titles).
/// Expected non-2xx outcomes come back in <see cref="ApiResponse{T}"/>; transport failures throw.
/// </summary>
public interface IUdataClient
{
    /// <summary>GET /datasets/ — 404 past the last page is returned as is (see <see cref="UdataClientExtensions"/>).</summary>
    Task<ApiResponse<UdataPage<UdataDataset>>> ListDatasetsAsync(UdataDatasetQuery query, CancellationToken cancellationToken);

    /// <summary>Follows a <c>next_page</c> URL; it must point at the configured API (the key is not sent elsewhere).</summary>
    Task<ApiResponse<UdataPage<UdataDataset>>> ListDatasetsPageAsync(Uri pageUrl, CancellationToken cancellationToken);

    /// <summary>Follows a <c>next_page</c> URL with an <c>X-Fields</c> mask (<see cref="UdataDatasetQuery.Fields"/>; null for none).</summary>
    Task<ApiResponse<UdataPage<UdataDataset>>> ListDatasetsPageAsync(Uri pageUrl, string? fields, CancellationToken cancellationToken);

    /// <summary>GET /organizations/{org}/datasets/ — with a member's key it includes private datasets.</summary>
    Task<ApiResponse<UdataPage<UdataDataset>>> ListOrganizationDatasetsAsync(string organizationId, int page, int pageSize, CancellationToken cancellationToken);

    Task<ApiResponse<UdataDataset>> GetDatasetAsync(string datasetId, CancellationToken cancellationToken);

    /// <summary>POST /datasets/ → 201.</summary>
    Task<ApiResponse<UdataDataset>> CreateDatasetAsync(UdataDatasetWrite dataset, CancellationToken cancellationToken);

    /// <summary>PUT /datasets/{id}/ with the full writable object (absent fields would be cleared).</summary>
    Task<ApiResponse<UdataDataset>> UpdateDatasetAsync(string datasetId, UdataDatasetWrite dataset, CancellationToken cancellationToken);

    /// <summary>PUT /datasets/{id}/ with <c>"deleted": null</c>: undeletes a soft-deleted dataset.</summary>
    Task<ApiResponse<UdataDataset>> RestoreDatasetAsync(string datasetId, UdataDatasetWrite dataset, CancellationToken cancellationToken);

    /// <summary>DELETE /datasets/{id}/ → 204 (soft delete); a second call gives 410.</summary>
    Task<ApiResponse<bool>> DeleteDatasetAsync(string datasetId, CancellationToken cancellationToken);

    Task<ApiResponse<UdataResource>> GetResourceAsync(string datasetId, string resourceId, CancellationToken cancellationToken);

    /// <summary>POST /datasets/{id}/resources/ — remote resources only (<c>filetype: remote</c>).</summary>
    Task<ApiResponse<UdataResource>> CreateRemoteResourceAsync(string datasetId, UdataResourceWrite resource, CancellationToken cancellationToken);

    Task<ApiResponse<UdataResource>> UpdateResourceAsync(string datasetId, string resourceId, UdataResourceWrite resource, CancellationToken cancellationToken);

    Task<ApiResponse<bool>> DeleteResourceAsync(string datasetId, string resourceId, CancellationToken cancellationToken);

    /// <summary>PUT /datasets/{id}/resources/ with every resource id in the new order.</summary>
    Task<ApiResponse<List<UdataResource>>> ReorderResourcesAsync(string datasetId, IReadOnlyList<string> resourceIds, CancellationToken cancellationToken);

    /// <summary>POST /datasets/{id}/upload/ (multipart <c>file</c>) → 201, new hosted resource first in the list.</summary>
    Task<ApiResponse<UdataResource>> UploadResourceAsync(string datasetId, Stream content, string fileName, CancellationToken cancellationToken);

    /// <summary>The chunked protocol of contract §4.3: one POST per chunk, then a final POST without <c>file</c>.</summary>
    Task<ApiResponse<UdataResource>> UploadResourceChunkedAsync(string datasetId, Stream content, string fileName, int chunkSize, CancellationToken cancellationToken);

    /// <summary>POST /datasets/{id}/resources/{rid}/upload/ → 200: replaces the hosted file.</summary>
    Task<ApiResponse<UdataResource>> ReplaceResourceFileAsync(string datasetId, string resourceId, Stream content, string fileName, CancellationToken cancellationToken);

    Task<ApiResponse<UdataOrganization>> GetOrganizationAsync(string organizationId, CancellationToken cancellationToken);

    Task<ApiResponse<List<UdataLicense>>> ListLicensesAsync(CancellationToken cancellationToken);

    Task<ApiResponse<List<UdataFrequency>>> ListFrequenciesAsync(CancellationToken cancellationToken);

    Task<ApiResponse<List<UdataGranularity>>> ListGranularitiesAsync(CancellationToken cancellationToken);

    Task<ApiResponse<List<UdataZoneSuggestion>>> SuggestZonesAsync(string query, int size, CancellationToken cancellationToken);
}
