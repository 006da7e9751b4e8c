using System.Text.Json.Nodes;
using Catalogue.Sync.DataCite.Dtos;

namespace Catalogue.Sync.DataCite;

/// <summary>
/// The DataCite REST API (lupo), one method per remote operation (CONTRACT.md §2). Expected non-2xx answers
/// come back as <see cref="DataCiteResponse{T}"/>; only transport failures throw.
/// </summary>
public interface IDataCiteClient
{
    /// <summary><c>GET /dois/{doi}?publisher=true&amp;affiliation=true</c> — the authoritative state of one DOI.</summary>
    Task<DataCiteResponse<DoiDocument>> GetDoiAsync(string doi, CancellationToken cancellationToken);

    /// <summary><c>GET /dois?…</c> — eventually consistent (search index); confirm with <see cref="GetDoiAsync"/>.</summary>
    Task<DataCiteResponse<DoiListDocument>> ListDoisAsync(DoiListQuery query, CancellationToken cancellationToken);

    /// <summary>Follows a <c>links.next</c> URL returned by <see cref="ListDoisAsync"/>.</summary>
    Task<DataCiteResponse<DoiListDocument>> ListDoisNextAsync(string nextLink, CancellationToken cancellationToken);

    /// <summary><c>POST /dois</c> — create only (duplicate ⇒ 422). Leave <c>doi</c> empty and set <c>prefix</c> for a random suffix.</summary>
    Task<DataCiteResponse<DoiDocument>> CreateDoiAsync(DoiAttributes attributes, CancellationToken cancellationToken);

    /// <summary>
    /// <c>POST /dois/validate</c> — DataCite's own pre-check (XSD and rules) without saving. Always 200:
    /// problems are in <see cref="DoiValidationDocument.Errors"/>, never a 422.
    /// </summary>
    Task<DataCiteResponse<DoiValidationDocument>> ValidateDoiAsync(DoiAttributes attributes, CancellationToken cancellationToken);

    /// <summary><c>PUT /dois/{doi}</c> — partial update; creates the DOI (201) when it does not exist.</summary>
    Task<DataCiteResponse<DoiDocument>> UpdateDoiAsync(string doi, DoiAttributes attributes, CancellationToken cancellationToken);

    /// <summary><c>PATCH /dois/{doi}</c> — same semantics as PUT in lupo.</summary>
    Task<DataCiteResponse<DoiDocument>> PatchDoiAsync(string doi, DoiAttributes attributes, CancellationToken cancellationToken);

    /// <summary><c>DELETE /dois/{doi}</c> — drafts only (204); registered/findable ⇒ 405.</summary>
    Task<DataCiteResponse<object>> DeleteDoiAsync(string doi, CancellationToken cancellationToken);

    /// <summary><c>GET /dois/random?prefix=</c> — a free DOI with a random suffix.</summary>
    Task<DataCiteResponse<RandomDoisResponse>> GetRandomDoiAsync(string prefix, CancellationToken cancellationToken);

    /// <summary><c>GET /dois/{doi}/activities</c> — the audit trail (per-field changes).</summary>
    Task<DataCiteResponse<JsonApiListDocument>> GetActivitiesAsync(string doi, CancellationToken cancellationToken);

    /// <summary><c>GET /prefixes?client-id=</c>.</summary>
    Task<DataCiteResponse<JsonApiListDocument>> ListPrefixesAsync(string? clientId, CancellationToken cancellationToken);

    /// <summary><c>GET /prefixes/{prefix}</c>.</summary>
    Task<DataCiteResponse<JsonApiSingleDocument>> GetPrefixAsync(string prefix, CancellationToken cancellationToken);

    /// <summary><c>GET /client-prefixes?client-id=</c> — the prefixes assigned to a repository.</summary>
    Task<DataCiteResponse<JsonApiListDocument>> GetClientPrefixesAsync(string clientId, CancellationToken cancellationToken);
}
