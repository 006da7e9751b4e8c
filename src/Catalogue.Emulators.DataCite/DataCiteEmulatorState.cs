using System.Text.Json.Nodes;
using Catalogue.Emulators.DataCite.Processing;

namespace Catalogue.Emulators.DataCite;

/// <summary>
/// Everything the emulator holds: repositories, DOIs (read immediately by id), the lagging search index that
/// backs <c>GET /dois</c>, and the fault switches. All mutation goes through <see cref="Gate"/>.
/// </summary>
public sealed class DataCiteEmulatorState
{
    private readonly Dictionary<string, StoredDoi> _dois = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IndexEntry> _index = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(DateTimeOffset Due, string Doi, IndexEntry? Entry)> _pendingIndex = [];
    private int _apiRequests;

    public DataCiteEmulatorState(DataCiteEmulatorOptions options)
    {
        Options = options;
        Repositories = options.Repositories.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
        Xsd = new KernelXsdCheck(options.SchemaDirectory);
        Writer = new DoiWriter(this);
    }

    public DataCiteEmulatorOptions Options { get; }
    public DataCiteEmulatorFaults Faults { get; } = new();
    public IReadOnlyDictionary<string, EmulatedRepository> Repositories { get; }

    /// <summary>Public API requests received (faulted ones included); lets tests count what reached the server.</summary>
    public int ApiRequestCount => Volatile.Read(ref _apiRequests);

    internal object Gate { get; } = new();
    internal KernelXsdCheck Xsd { get; }
    internal DoiWriter Writer { get; }
    internal DateTimeOffset Now => Options.Clock.GetUtcNow();

    internal void CountRequest() => Interlocked.Increment(ref _apiRequests);

    /// <summary>A copy of the stored detail attributes, or null.</summary>
    public JsonObject? GetAttributes(string doi)
    {
        lock (Gate) return _dois.TryGetValue(doi.Trim(), out StoredDoi? d) ? (JsonObject)d.Attributes.DeepClone() : null;
    }

    /// <summary>
    /// Stores a recorded single-DOI response document (<c>{"data":{…},"included":[…]}</c>) as is, so GET serves
    /// it back unchanged; an included client updates the repository's rendered attributes. Indexed at once.
    /// </summary>
    public void Seed(JsonObject document)
    {
        JsonObject data = document["data"]!.AsObject();
        SeedResource(data);
        foreach (JsonNode? included in document["included"]?.AsArray() ?? [])
        {
            if (included?["type"]?.GetValue<string>() is not "clients" and not "repositories") continue;
            if (!Repositories.TryGetValue(included["id"]!.GetValue<string>(), out EmulatedRepository? repo)) continue;
            repo.Attributes = (JsonObject?)included["attributes"]?.DeepClone();
            repo.Relationships = (JsonObject?)included["relationships"]?.DeepClone();
        }
    }

    /// <summary>Stores one recorded resource (a list item or a single <c>data</c> object) as is.</summary>
    public void SeedResource(JsonObject data)
    {
        string doi = data["id"]!.GetValue<string>().ToLowerInvariant();
        string clientId = data["relationships"]?["client"]?["data"]?["id"]?.GetValue<string>()
                          ?? Repositories.Keys.First();
        var stored = new StoredDoi
        {
            Doi = doi,
            ClientId = clientId.ToLowerInvariant(),
            Attributes = (JsonObject)data["attributes"]!.DeepClone(),
            Relationships = (JsonObject?)data["relationships"]?.DeepClone(),
        };
        lock (Gate)
        {
            _dois[doi] = stored;
            _index[doi] = IndexEntry.Of(stored);
        }
    }

    /// <summary>
    /// A change made by a person in Fabrica: attributes are applied like an update (same normalisation and
    /// validation), then <c>source</c> becomes <c>fabricaForm</c> and <c>updated</c> moves forward.
    /// </summary>
    public EmulatorWriteResult FabricaEdit(string doi, JsonObject attributes)
    {
        var changes = (JsonObject)attributes.DeepClone();
        changes["source"] = "fabricaForm";
        lock (Gate)
        {
            if (!_dois.TryGetValue(doi.Trim(), out StoredDoi? stored))
                return EmulatorWriteResult.NotFound();
            return Writer.Update(stored, Repositories[stored.ClientId], changes, actor: "fabrica");
        }
    }

    /// <summary>Sets usage counts (normally computed from Event Data); null leaves a count unchanged.</summary>
    public bool SetCounts(string doi, int? views = null, int? downloads = null, int? citations = null)
    {
        lock (Gate)
        {
            if (!_dois.TryGetValue(doi.Trim(), out StoredDoi? stored)) return false;
            if (views is { } v) stored.Attributes["viewCount"] = v;
            if (downloads is { } d) stored.Attributes["downloadCount"] = d;
            if (citations is { } c) stored.Attributes["citationCount"] = c;
            ScheduleIndex(stored.Doi, stored);
            return true;
        }
    }

    /// <summary>Makes every pending write visible to lists now (like an Elasticsearch refresh).</summary>
    public void FlushIndex()
    {
        lock (Gate) ApplyDueIndexUpdates(DateTimeOffset.MaxValue);
    }

    internal bool TryGet(string doi, out StoredDoi stored)
    {
        bool found = _dois.TryGetValue(doi.Trim(), out StoredDoi? d);
        stored = d!;
        return found;
    }

    internal void Add(StoredDoi stored) => _dois[stored.Doi] = stored;

    internal void Remove(string doi)
    {
        _dois.Remove(doi);
        ScheduleIndex(doi, null);
    }

    /// <summary>Search results lag behind writes by <see cref="DataCiteEmulatorOptions.ListLag"/>.</summary>
    internal void ScheduleIndex(string doi, StoredDoi? stored) =>
        _pendingIndex.Add((Now + Options.ListLag, doi, stored is null ? null : IndexEntry.Of(stored)));

    /// <summary>The index as lists see it now (caller holds the gate).</summary>
    internal IReadOnlyCollection<IndexEntry> IndexedDois()
    {
        ApplyDueIndexUpdates(Now);
        return _index.Values;
    }

    private void ApplyDueIndexUpdates(DateTimeOffset now)
    {
        int applied = 0;
        foreach ((DateTimeOffset due, string doi, IndexEntry? entry) in _pendingIndex)
        {
            if (due > now) break;
            if (entry is null) _index.Remove(doi);
            else _index[doi] = entry;
            applied++;
        }
        _pendingIndex.RemoveRange(0, applied);
    }
}

/// <summary>What the search index holds for one DOI: a snapshot taken when the write was indexed.</summary>
internal sealed record IndexEntry(string Doi, string ClientId, JsonObject Attributes, JsonObject? Relationships)
{
    public static IndexEntry Of(StoredDoi d) =>
        new(d.Doi, d.ClientId, (JsonObject)d.Attributes.DeepClone(), (JsonObject?)d.Relationships?.DeepClone());
}
