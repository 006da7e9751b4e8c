using System.Text.Json;
using Catalogue.Domain.Model;
using Catalogue.Domain.Vocabularies;

namespace Catalogue.Sync.Udata.Mapping;

/// <summary>
/// Distributions ↔ udata resources. Order: the main files, the split parts by part index, the sample, then
/// the documentation. Every resource is a <c>remote</c> one: this catalogue stores URLs, never file bytes, so
/// even a file under 1 GB (which data.gouv.fr would host if uploaded) is referenced where its producer hosts
/// it; size and checksum are sent whenever known (always for files over 1 GB). A sample has no udata type of
/// its own: it is <c>other</c>, and the role travels in the resource extras.
/// </summary>
public static class UdataResourceMapping
{
    public static IEnumerable<Distribution> InPushOrder(IEnumerable<Distribution> distributions) =>
        distributions
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Role switch { DistributionRole.Main => 0, DistributionRole.Part => 1, DistributionRole.Sample => 2, _ => 3 })
            .ThenBy(x => x.d.Role == DistributionRole.Part ? x.d.PartIndex ?? int.MaxValue : 0)
            .ThenBy(x => x.i)
            .Select(x => x.d);

    public static UdataResourceWrite ToWrite(Distribution d) => new()
    {
        Title = (d.Title.Get("fr") ?? d.DownloadUrl ?? d.AccessUrl).Trim() is { Length: > 0 } t ? t : "Fichier",
        Description = d.Description.Get("fr"),
        Filetype = "remote",
        Type = d.Role switch { DistributionRole.Documentation => "documentation", DistributionRole.Sample => "other", _ => "main" },
        Url = d.DownloadUrl ?? d.AccessUrl,
        Format = FormatTable.Find(d.Format)?.Extension ?? d.Format?.ToLowerInvariant(),
        Mime = d.MediaType,
        Filesize = d.ByteSize,
        Checksum = ToChecksum(d.Checksum),
        Extras = new Dictionary<string, JsonElement>
        {
            [UdataExtras.DistributionId] = UdataExtras.String(d.Id.ToString()),
            [UdataExtras.Role] = UdataExtras.String(d.Role.ToString()),
        },
    };

    public static ResourceProjection Project(UdataResourceWrite w) => new(
        UdataExtras.GetString(w.Extras, UdataExtras.DistributionId), w.Title, w.Description, w.Type, w.Url, w.Format, w.Filesize,
        w.Checksum is null ? null : $"{w.Checksum.Type}:{w.Checksum.Value}");

    public static ResourceProjection Project(UdataResource r) => new(
        DistributionIdOf(r)?.ToString(), r.Title, r.Description, r.Type, r.Url, r.Format, r.Filesize,
        r.Checksum is null ? null : $"{r.Checksum.Type}:{r.Checksum.Value}");

    /// <summary>Ours from the extras; a resource added on the website keeps a stable id derived from its own UUID.</summary>
    public static Guid? DistributionIdOf(UdataResource r) =>
        Guid.TryParse(UdataExtras.GetString(r.Extras, UdataExtras.DistributionId), out var id) ? id
        : Guid.TryParse(r.Id, out var own) ? own : null;

    /// <summary>
    /// The record's distributions as the remote now lists them. Known ones keep what udata cannot say
    /// (format code, status, split criterion); new ones are built from the resource alone.
    /// </summary>
    public static List<Distribution> ToDistributions(IEnumerable<UdataResource> resources, IReadOnlyList<Distribution> existing)
    {
        var result = new List<Distribution>();
        var partIndex = 0;
        foreach (var r in resources)
        {
            var id = DistributionIdOf(r) ?? Guid.NewGuid();
            var d = existing.FirstOrDefault(e => e.Id == id) is { } known ? RecordJsonClone(known) : new Distribution { Id = id };
            d.Title["fr"] = r.Title;
            if (r.Description is not null) d.Description["fr"] = r.Description;
            d.AccessUrl = r.Url;
            if (d.DownloadUrl is not null || existing.All(e => e.Id != id)) d.DownloadUrl = r.Url;
            d.ByteSize = r.Filesize;
            d.Checksum = FromChecksum(r.Checksum) ?? (r.Checksum is null ? null : d.Checksum);
            if (FormatTable.All.FirstOrDefault(f => f.Extension == r.Format?.ToLowerInvariant()) is { } format) d.Format = format.Code;
            if (r.Mime is not null && r.Mime.Contains('/')) d.MediaType = r.Mime;
            d.Role = RoleOf(r, d);
            d.PartIndex = d.Role == DistributionRole.Part ? ++partIndex : null;
            if (d.ByteSize > Distribution.DirectDepositLimitBytes) d.IsRemote = true;
            result.Add(d);
        }
        return result;
    }

    private static DistributionRole RoleOf(UdataResource r, Distribution current) =>
        Enum.TryParse<DistributionRole>(UdataExtras.GetString(r.Extras, UdataExtras.Role), out var role) ? role
        : r.Type == "documentation" ? DistributionRole.Documentation
        : current.Id != Guid.Empty && current.Role != DistributionRole.Documentation ? current.Role
        : DistributionRole.Main;

    private static UdataChecksum? ToChecksum(Checksum? c) => c?.Algorithm.ToLowerInvariant() switch
    {
        "sha1" or "sha256" or "md5" => new UdataChecksum(c.Algorithm.ToLowerInvariant(), c.Value),
        _ => null, // sha512 has no udata checksum type
    };

    private static Checksum? FromChecksum(UdataChecksum? c) => c?.Type switch
    {
        "sha1" or "sha256" or "md5" => new Checksum { Algorithm = c.Type, Value = c.Value },
        _ => null,
    };

    private static Distribution RecordJsonClone(Distribution d) =>
        JsonSerializer.Deserialize(JsonSerializer.Serialize(d, RecordJsonContext.Default.Distribution), RecordJsonContext.Default.Distribution)!;
}
