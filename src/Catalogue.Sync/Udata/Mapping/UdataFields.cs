using System.Text.Json;
using Catalogue.Sync.Engine;

namespace Catalogue.Sync.Udata.Mapping;

/// <summary>
/// The fields the two-way sync compares, projected the same way from our intended write and from the remote
/// dataset so that equal meaning gives equal text (tags normalised, absent spatial = null, open = "open").
/// </summary>
public static class UdataFields
{
    public const string Title = "title", Description = "description", Acronym = "acronym", Tags = "tags", License = "license",
        Frequency = "frequency", TemporalCoverage = "temporal_coverage", Spatial = "spatial", Private = "private",
        Archived = "archived", AccessType = "access_type", AuthorizationRequestUrl = "authorization_request_url",
        Doi = "doi", Resources = "resources";

    public static readonly IReadOnlyList<string> All =
        [Title, Description, Acronym, Tags, License, Frequency, TemporalCoverage, Spatial, Private, Archived, AccessType, AuthorizationRequestUrl, Doi, Resources];

    public static FieldSet FromLocal(UdataDatasetWrite w, IReadOnlyList<UdataResourceWrite> resources) => new()
    {
        [Title] = Str(w.Title), [Description] = Str(w.Description), [Acronym] = Str(w.Acronym),
        [Tags] = TagList(w.Tags), [License] = Str(w.License), [Frequency] = Str(w.Frequency ?? "unknown"),
        [TemporalCoverage] = Temporal(w.TemporalCoverage), [Spatial] = SpatialText(w.Spatial),
        [Private] = Bool(w.Private), [Archived] = w.Archived is null ? null : "true",
        [AccessType] = Str(w.AccessType ?? "open"), [AuthorizationRequestUrl] = Str(w.AuthorizationRequestUrl),
        [Doi] = Str(UdataExtras.GetString(w.Extras, UdataExtras.Doi)),
        [Resources] = ResourceList(resources.Select(UdataResourceMapping.Project)),
    };

    public static FieldSet FromRemote(UdataDataset d) => new()
    {
        [Title] = Str(d.Title), [Description] = Str(d.Description), [Acronym] = Str(d.Acronym),
        [Tags] = TagList(d.Tags), [License] = Str(d.License), [Frequency] = Str(d.Frequency ?? "unknown"),
        [TemporalCoverage] = Temporal(d.TemporalCoverage), [Spatial] = SpatialText(d.Spatial),
        [Private] = Bool(d.Private), [Archived] = d.Archived is null ? null : "true",
        [AccessType] = Str(d.AccessType ?? "open"), [AuthorizationRequestUrl] = Str(d.AuthorizationRequestUrl),
        [Doi] = Str(UdataExtras.GetString(d.Extras, UdataExtras.Doi)),
        [Resources] = ResourceList(d.Resources.Select(UdataResourceMapping.Project)),
    };

    /// <summary>
    /// The PUT body: the remote's current writable object (so nothing we do not manage is lost — contract §6:
    /// PUT clears what it does not receive) with our values for <paramref name="pushed"/> fields and our extras merged in.
    /// </summary>
    public static UdataDatasetWrite Compose(UdataDataset remote, UdataDatasetWrite local, IReadOnlyCollection<string> pushed)
    {
        // The organisation is sent back unchanged: a different one would be a transfer, which PUT refuses.
        var w = UdataDatasetWrite.From(remote);
        var extras = new Dictionary<string, JsonElement>(remote.Extras ?? new());
        extras.Remove(UdataExtras.PushToken);
        extras[UdataExtras.CatalogueId] = local.Extras![UdataExtras.CatalogueId];
        foreach (var field in pushed)
        {
            w = field switch
            {
                Title => w with { Title = local.Title },
                Description => w with { Description = local.Description },
                Acronym => w with { Acronym = local.Acronym },
                Tags => w with { Tags = local.Tags },
                License => w with { License = local.License },
                Frequency => w with { Frequency = local.Frequency },
                TemporalCoverage => w with { TemporalCoverage = local.TemporalCoverage },
                Spatial => w with { Spatial = local.Spatial },
                Private => w with { Private = local.Private },
                Archived => w with { Archived = local.Archived },
                AccessType => w with { AccessType = local.AccessType },
                AuthorizationRequestUrl => w with { AuthorizationRequestUrl = local.AuthorizationRequestUrl },
                _ => w,
            };
            if (field == Doi)
            {
                if (UdataExtras.GetString(local.Extras, UdataExtras.Doi) is { } doi) extras[UdataExtras.Doi] = UdataExtras.String(doi);
                else extras.Remove(UdataExtras.Doi);
            }
        }
        // A restricted dataset carries no licence on udata; sending one would be dropped anyway.
        if (w.AccessType is not null and not "open") w = w with { License = null };
        return w with { Extras = extras };
    }

    private static string? Str(string? s) => s is null ? null : JsonSerializer.Serialize(s, UdataMappingJson.Default.String);
    private static string Bool(bool b) => b ? "true" : "false";
    private static string TagList(IEnumerable<string> tags) => JsonSerializer.Serialize(UdataTags.NormalizeAll(tags).ToList(), UdataMappingJson.Default.ListString);
    private static string? Temporal(UdataTemporalCoverage? t) => t is null ? null : JsonSerializer.Serialize(t, UdataMappingJson.Default.UdataTemporalCoverage);

    private static string? SpatialText(UdataSpatial? s)
    {
        var zones = s?.Zones ?? [];
        var granularity = s?.Granularity ?? "other";
        return zones.Count == 0 && granularity == "other" ? null
            : JsonSerializer.Serialize(new SpatialProjection(zones.ToList(), granularity), UdataMappingJson.Default.SpatialProjection);
    }

    private static string ResourceList(IEnumerable<ResourceProjection> resources) =>
        JsonSerializer.Serialize(resources.ToList(), UdataMappingJson.Default.ListResourceProjection);
}
