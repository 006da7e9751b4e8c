using System.Text.Json;
using Catalogue.Domain.Model;

namespace Catalogue.Api.GraphQL.Loaders;

/// <summary>
/// The publishers of the datasets that connection pages loaded in this request. A page reads each row's
/// publisher document in its own query (a primary-key lookup per row), so <c>publisher</c> costs no query of
/// its own and resolves synchronously: through the "organizations" data loader it took one more query and a
/// wait for the executor's dispatch loop, with every dataset of the page completed asynchronously. Documents
/// are parsed once per organisation, when first asked for. A page whose selection asks of its publishers no more
/// than the summaries name brings no documents: each record's publisher comes from its summary instead
/// (<see cref="OfferFor"/>). Ids no page announced (node(id), facets) still go through the data loader.
/// </summary>
public sealed class PagePublishers
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, string> _documents = [];
    private readonly Dictionary<Guid, Organization> _parsed = [];
    private readonly Dictionary<DatasetRecord, Organization?> _bySummary = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// A record's publisher as its summary names it (id, name, acronym: all the page's selection asks for).
    /// Kept per record, not per organisation: another selection of the same request may need the whole
    /// organisation, and its page brings the documents.
    /// </summary>
    public void OfferFor(DatasetRecord record, Organization? publisher)
    {
        lock (_lock) _bySummary[record] = publisher;
    }

    /// <summary>The publisher a summary named for <paramref name="record"/>, if its page read one.</summary>
    public bool TryGetFor(DatasetRecord record, out Organization? publisher)
    {
        lock (_lock) return _bySummary.TryGetValue(record, out publisher);
    }

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
