using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Catalogue.Emulators.Udata;

/// <summary>
/// Everything the emulator knows: accounts, organisations, datasets, hosted files. Tests seed it
/// and inspect it directly; every access goes through one lock, which is plenty for an emulator.
/// </summary>
public sealed class UdataEmulatorState
{
    private readonly Dictionary<string, EmulatorUser> _usersByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _organizations = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, StoredDataset> _datasets = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, JsonObject> _contactPoints = new(StringComparer.OrdinalIgnoreCase);

    private long _version;

    public UdataEmulatorState(TimeProvider? clock = null) => Time = new UdataTime(clock ?? TimeProvider.System);

    /// <summary>
    /// Moves on every write (any non-GET request, every seeding call), so that sorted listings can be kept
    /// between pages and dropped as soon as anything may have changed.
    /// </summary>
    internal long Version => Interlocked.Read(ref _version);
    internal void Changed() => Interlocked.Increment(ref _version);

    /// <summary>Sorted listings by filter, valid for <see cref="ListingsVersion"/>; guarded by <see cref="Gate"/>.</summary>
    internal Dictionary<string, List<StoredDataset>> Listings { get; } = new(StringComparer.Ordinal);
    internal long ListingsVersion { get; set; } = -1;

    internal object Gate { get; } = new();
    public UdataTime Time { get; }

    /// <summary>Failure switches applied to every API request served from this state.</summary>
    public UdataEmulatorFaults Faults { get; } = new();

    /// <summary>Hosted files by URL path (<c>/static/resources/…</c>).</summary>
    internal Dictionary<string, (byte[] Bytes, string Mime)> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Chunks of uploads in progress: uuid → part index → bytes.</summary>
    internal Dictionary<string, SortedDictionary<int, byte[]>> Chunks { get; } = new(StringComparer.Ordinal);

    public EmulatorUser AddUser(EmulatorUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        lock (Gate) _usersByKey[user.ApiKey] = user;
        Changed();
        return user;
    }

    /// <summary>Adds an organisation built from a name; returns its id.</summary>
    public string AddOrganization(string name, string? id = null, string? acronym = null)
    {
        id ??= NewObjectId();
        string now = UdataTime.Format(Time.Now());
        var document = new JsonObject
        {
            ["id"] = id, ["name"] = name, ["acronym"] = acronym, ["slug"] = UdataSlug.From(name),
            ["description"] = "", ["url"] = null, ["business_number_id"] = null, ["badges"] = new JsonArray(),
            ["created_at"] = now, ["last_modified"] = now, ["deleted"] = null, ["logo"] = null, ["logo_thumbnail"] = null,
            ["extras"] = new JsonObject(), ["members"] = new JsonArray(),
            ["metrics"] = new JsonObject { ["datasets"] = 0, ["followers"] = 0, ["reuses"] = 0, ["views"] = 0 },
        };
        SeedOrganization(document);
        return id;
    }

    /// <summary>Stores an organisation exactly as given (e.g. a recorded API response).</summary>
    public void SeedOrganization(JsonObject organization)
    {
        string id = (string?)organization["id"] ?? throw new ArgumentException("Organisation needs an id.", nameof(organization));
        lock (Gate) _organizations[id] = (JsonObject)organization.DeepClone();
        Changed();
    }

    /// <summary>
    /// Stores a dataset exactly as given (a recorded GET response works as is). Computed,
    /// host-dependent fields (<c>uri</c>, <c>page</c>, resource <c>latest</c>) are recomputed when served.
    /// </summary>
    public string SeedDataset(JsonObject dataset)
    {
        string id = (string?)dataset["id"] ?? throw new ArgumentException("Dataset needs an id.", nameof(dataset));
        var document = (JsonObject)dataset.DeepClone();
        document["slug"] ??= UdataSlug.From((string?)document["title"] ?? id);
        document["resources"] ??= new JsonArray();
        lock (Gate) _datasets[id] = new StoredDataset(id, document);
        Changed();
        return id;
    }

    /// <summary>Adds a contact point that datasets of <paramref name="organizationId"/> may reference.</summary>
    public string AddContactPoint(string organizationId, string name, string? email, string role = "contact")
    {
        string id = NewObjectId();
        lock (Gate)
            _contactPoints[id] = new JsonObject
            {
                ["id"] = id, ["name"] = name, ["email"] = email, ["contact_form"] = null, ["role"] = role,
                ["organization"] = organizationId,
            };
        return id;
    }

    /// <summary>A copy of the stored dataset document, for assertions; null when unknown.</summary>
    public JsonObject? GetDatasetDocument(string id)
    {
        lock (Gate) return _datasets.TryGetValue(id, out StoredDataset? stored) ? (JsonObject)stored.Document.DeepClone() : null;
    }

    public IReadOnlyList<string> DatasetIds
    {
        get { lock (Gate) return _datasets.Keys.ToList(); }
    }

    internal EmulatorUser? FindUser(string apiKey) => _usersByKey.GetValueOrDefault(apiKey);
    internal JsonObject? FindOrganization(string idOrSlug) =>
        _organizations.GetValueOrDefault(idOrSlug)
        ?? _organizations.Values.FirstOrDefault(o => string.Equals((string?)o["slug"], idOrSlug, StringComparison.OrdinalIgnoreCase));
    internal JsonObject? FindContactPoint(string id) => _contactPoints.GetValueOrDefault(id);
    internal IEnumerable<StoredDataset> Datasets => _datasets.Values;
    internal StoredDataset? FindDatasetById(string id) => _datasets.GetValueOrDefault(id);
    internal StoredDataset? FindDatasetBySlug(string slug) =>
        _datasets.Values.FirstOrDefault(d => string.Equals(d.Slug, slug, StringComparison.OrdinalIgnoreCase));
    internal StoredDataset? FindDatasetByOldSlug(string slug) =>
        _datasets.Values.FirstOrDefault(d => d.OldSlugs.Contains(slug, StringComparer.OrdinalIgnoreCase));
    internal void AddDataset(StoredDataset dataset)
    {
        _datasets[dataset.Id] = dataset;
        Changed();
    }

    /// <summary>A unique slug for <paramref name="title"/>, suffixed <c>-1</c>, <c>-2</c>… like udata's SlugField.</summary>
    internal string UniqueSlug(string title, string? exceptId)
    {
        string baseSlug = UdataSlug.From(title);
        string candidate = baseSlug;
        for (int i = 1; _datasets.Values.Any(d => d.Id != exceptId && string.Equals(d.Slug, candidate, StringComparison.OrdinalIgnoreCase)); i++)
            candidate = $"{baseSlug}-{i}";
        return candidate;
    }

    /// <summary>24 hex digits, like a MongoDB ObjectId: a timestamp then random bytes.</summary>
    public static string NewObjectId()
    {
        Span<byte> bytes = stackalloc byte[12];
        RandomNumberGenerator.Fill(bytes);
        uint seconds = (uint)DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        bytes[0] = (byte)(seconds >> 24); bytes[1] = (byte)(seconds >> 16); bytes[2] = (byte)(seconds >> 8); bytes[3] = (byte)seconds;
        return Convert.ToHexStringLower(bytes);
    }
}
