using Catalogue.Domain.Model;
using Catalogue.Sync.DataCite.Metadata;

namespace Catalogue.Sync.DataCite.Mapping;

public static partial class RecordToDataCite
{
    /// <summary>
    /// Versions (the concept DOI of the series, the previous and newer major versions), publications that use
    /// the data, the parts of a split base and the documentation. Arrays replace wholesale at DataCite, so the
    /// full list is always produced.
    /// </summary>
    private static DataCiteRelatedIdentifier[] RelatedIdentifiers(DatasetRecord r, DataCiteMappingContext context)
    {
        var related = new List<DataCiteRelatedIdentifier>();
        string? own = DoiText.Bare(r.Doi);
        if (DoiText.Bare(r.ConceptDoi) is { } concept && !string.Equals(concept, own, StringComparison.OrdinalIgnoreCase))
            related.Add(new DataCiteRelatedIdentifier(concept, "DOI", "IsVersionOf", "Dataset"));
        if (DoiText.Bare(context.PreviousVersionDoi) is { } previous)
            related.Add(new DataCiteRelatedIdentifier(previous, "DOI", "IsNewVersionOf", "Dataset"));
        foreach (string newer in context.NewerVersionDois.Select(DoiText.Bare).OfType<string>())
            related.Add(new DataCiteRelatedIdentifier(newer, "DOI", "IsPreviousVersionOf", "Dataset"));

        related.AddRange(r.IsReferencedBy.Select(p => Link(p, "IsReferencedBy")).OfType<DataCiteRelatedIdentifier>());
        related.AddRange(r.Distributions.Where(d => d.Role == DistributionRole.Part)
            .Select(d => Link(d.DownloadUrl ?? d.AccessUrl, "HasPart")).OfType<DataCiteRelatedIdentifier>());
        related.AddRange(r.Distributions.Where(d => d.Role == DistributionRole.Documentation).Select(d => d.DownloadUrl ?? d.AccessUrl)
            .Concat(r.Pages).Select(p => Link(p, "IsDocumentedBy")).OfType<DataCiteRelatedIdentifier>());
        related.AddRange(r.Related.Select(p => Link(p, "References")).OfType<DataCiteRelatedIdentifier>());
        return related.Distinct().ToArray();
    }

    /// <summary>A DOI (in any spelling) or an absolute URL; anything else cannot be typed and is left out.</summary>
    private static DataCiteRelatedIdentifier? Link(string? value, string relationType)
    {
        if (DoiText.Bare(value) is { } doi) return new DataCiteRelatedIdentifier(doi, "DOI", relationType);
        return value is not null && IsUrl(value.Trim()) ? new DataCiteRelatedIdentifier(value.Trim(), "URL", relationType) : null;
    }
}
