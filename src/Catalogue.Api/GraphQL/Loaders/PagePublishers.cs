using System.Text.Json;
using Catalogue.Domain.Model;

namespace Catalogue.Api.GraphQL.Loaders;

/// <summary>
/// The publishers of the datasets that connection pages loaded in this request. A page reads each row's
/// publisher document in its own query (a primary-key lookup per row), so <c>publisher</c> costs no query of
/// its own and resolves synchronously: through the "organizations" data loader it took one more query and a
/// wait for the executor's dispatch loop, with every dataset of the page completed asynchronously. Documents
/// are parsed once per organisation, when first asked for. Ids no page announced (node(id), facets) still go
/// through the data loader.
/// </summary>
public sealed class PagePublishers
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, string> _documents = [];
    private readonly Dictionary<Guid, Organization> _parsed = [];

    /// <summary>Called by a page for each row; a missing document (organisation deleted) is left to the loader.</summary>
    public void Offer(Guid organizationId, string? document)
    {
        if (document is null) return;
        lock (_lock) _documents.TryAdd(organizationId, document);
    }

    /// <summary>The publisher, if a page offered its document; false otherwise.</summary>
    public bool TryGet(Guid id, out Organization? organization)
    {
        lock (_lock)
        {
            if (_parsed.TryGetValue(id, out var known))
            {
                organization = known;
                return true;
            }
            if (!_documents.TryGetValue(id, out var document))
            {
                organization = null;
                return false;
            }
            organization = _parsed[id] = JsonSerializer.Deserialize(document, RecordJsonContext.Default.Organization)!;
            return true;
        }
    }
}
