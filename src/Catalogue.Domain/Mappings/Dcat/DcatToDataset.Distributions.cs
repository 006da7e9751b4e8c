using System.Globalization;
using Catalogue.Domain.Model;
using Catalogue.Domain.Vocabularies;
using Catalogue.Rdf.Model;
using V = Catalogue.Domain.Vocabularies.Vocabularies;

namespace Catalogue.Domain.Mappings.Dcat;

public sealed partial class DcatToDataset
{
    private void ReadDistributions(GraphReader g, Term ds, DatasetRecord r, ImportedDataset result)
    {
        var nodes = g.Objects(ds, Dcat.DistributionProp).Select(n => (n, DistributionRole.Main))
            .Concat(g.Objects(ds, Adms.Sample).Select(n => (n, DistributionRole.Sample)));
        var index = 0;
        foreach (var (node, role) in nodes)
        {
            var path = $"distributions[{index}]";
            var d = ReadDistribution(g, node, role, path, result);
            if (d is null) continue;
            r.Distributions.Add(d);
            index++;
            if (d.License is not null && !r.Licenses.Contains(d.License)) r.Licenses.Add(d.License);
        }
        // Documentation files are also listed as foaf:page by our own feeds; they are distributions here.
        var urls = r.Distributions.SelectMany(d => new[] { d.AccessUrl, d.DownloadUrl }).OfType<string>().ToHashSet();
        r.Pages.RemoveAll(urls.Contains);
    }

    private Distribution? ReadDistribution(GraphReader g, Term node, DistributionRole role, string path, ImportedDataset result)
    {
        var access = g.IriOf(node, Dcat.AccessUrl) ?? g.IriOf(node, Dcat.DownloadUrl);
        if (access is null)
        {
            result.Warn(path, "A distribution without dcat:accessURL or dcat:downloadURL: dropped.");
            return null;
        }
        var d = new Distribution
        {
            Id = OwnDistributionId(node) ?? Guid.NewGuid(), Role = role, AccessUrl = access, DownloadUrl = g.IriOf(node, Dcat.DownloadUrl),
            Title = g.Localized(node, defaultLanguage, null, Dct.Title),
            Description = g.Localized(node, defaultLanguage, HtmlToText.Convert, Dct.Description),
            Status = Codes(g, node, Adms.Status, V.DistributionStatus, path + ".status", result).FirstOrDefault(),
            Availability = Codes(g, node, DcatAp.Availability, V.PlannedAvailability, path + ".availability", result).FirstOrDefault(),
            ConformsTo = g.IriOf(node, Dct.ConformsTo),
            Issued = Timestamp(g.Text(node, Dct.Issued)),
            Modified = Timestamp(g.Text(node, Dct.Modified)),
        };
        if (V.Standard.FindByIri(d.ConformsTo ?? "") is { } standard) d.ConformsTo = standard.Code;
        var mediaType = g.IriOf(node, Dcat.MediaType) ?? g.Text(node, Dcat.MediaType);
        if (mediaType is not null) d.MediaType = mediaType.StartsWith(DcatVocabulary.IanaMediaTypes, StringComparison.Ordinal) ? mediaType[DcatVocabulary.IanaMediaTypes.Length..] : mediaType;
        d.Format = Format(g, node, d.MediaType, path, result);
        if (g.Text(node, Dcat.ByteSize) is { } size)
        {
            if (decimal.TryParse(size, NumberStyles.Number, CultureInfo.InvariantCulture, out var bytes) && bytes >= 0) d.ByteSize = (long)bytes;
            else result.Warn(path + ".byteSize", $"'{size}' is not a size in bytes: dropped.");
        }
        if (g.Object(node, Misc.SpdxChecksum) is { } sum && g.Text(sum, Misc.SpdxChecksumValue) is { } value)
        {
            var algorithm = g.IriOf(sum, Misc.SpdxAlgorithm) ?? "";
            d.Checksum = new Checksum { Value = value, Algorithm = algorithm[(algorithm.LastIndexOf('_') + 1)..] is { Length: > 0 } a ? a : "sha256" };
        }
        if (g.IriOf(node, Dct.License) is { } licence)
        {
            var entry = LicenceTable.FindByEuIri(licence) ?? LicenceTable.All.FirstOrDefault(l => l.Url.TrimEnd('/') == licence.TrimEnd('/'));
            if (entry is null) result.Warn(path + ".license", $"'{licence}' is not a licence the catalogue knows: dropped.");
            d.License = entry?.SpdxId;
        }
        d.IsRemote = d.ByteSize > Distribution.DirectDepositLimitBytes;
        return d;
    }

    private static string? Format(GraphReader g, Term node, string? mediaType, string path, ImportedDataset result)
    {
        var format = g.Object(node, Dct.Format);
        var text = format switch { Iri i => i.Value, Literal l => l.Value.Trim(), _ => null };
        if (text is not null)
        {
            var concept = V.FileType.FindByIri(text.Replace("https://", "http://")) ?? V.FileType.Find(text.ToUpperInvariant());
            if (concept is not null) return concept.Code;
            if (FormatTable.All.FirstOrDefault(f => f.MediaType == text || text.EndsWith("/" + f.MediaType)) is { } byType && V.FileType.Contains(byType.Code)) return byType.Code;
            result.Warn(path + ".format", $"'{text}' is not in the file-type vocabulary: dropped.");
        }
        return FormatTable.All.FirstOrDefault(f => f.MediaType == mediaType) is { } entry && V.FileType.Contains(entry.Code) ? entry.Code : null;
    }

    /// <summary>Our own feeds name a distribution "#distribution-{id}"; keeping the id keeps links to it stable.</summary>
    private static Guid? OwnDistributionId(Term node) =>
        node is Iri iri && iri.Value.LastIndexOf("#distribution-", StringComparison.Ordinal) is var at and >= 0
        && Guid.TryParseExact(iri.Value[(at + 14)..], "N", out var id) ? id : null;

    private static DateTimeOffset? Timestamp(string? text) =>
        text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t
        : DcatDates.ParseDate(text) is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>The CSVW table group back into the data dictionary; table names come from our "#table-" IRIs or the title.</summary>
    private void ReadVariables(GraphReader g, Term ds, DatasetRecord r)
    {
        foreach (var group in g.Objects(ds, Health.HasVariables))
            foreach (var table in g.Objects(group, Csvw.TableProp))
            {
                var t = new DataTable
                {
                    Title = g.Localized(table, defaultLanguage, null, Dct.Title),
                    Description = g.Localized(table, defaultLanguage, null, Dct.Description),
                    Url = g.IriOf(table, Csvw.Url),
                };
                t.Name = NameFromIri(table, "#table-") ?? RecordDefaults.Slugify(t.Title.Get() ?? "table");
                foreach (var column in g.Objects(table, Csvw.ColumnProp))
                {
                    var name = g.Text(column, Csvw.Name);
                    if (name is null) continue;
                    t.Variables.Add(new Variable
                    {
                        Name = name, Title = g.Localized(column, defaultLanguage, null, Csvw.Title),
                        Description = g.Localized(column, defaultLanguage, null, Dct.Description),
                        Type = FromCsvw(g.Text(column, Csvw.Datatype)), PropertyUrl = g.IriOf(column, Csvw.PropertyUrl),
                    });
                }
                r.DataDictionary.Add(t);
            }
    }

    private static string? NameFromIri(Term node, string marker) =>
        node is Iri iri && iri.Value.LastIndexOf(marker, StringComparison.Ordinal) is var at and >= 0 ? Uri.UnescapeDataString(iri.Value[(at + marker.Length)..]) : null;

    private static string FromCsvw(string? datatype) => datatype switch
    {
        "dateTime" => "datetime", "gYear" => "year", "decimal" or "double" or "float" => "number",
        "int" or "long" or "short" or "nonNegativeInteger" or "positiveInteger" => "integer",
        null => "string",
        _ => VariableTypes.All.Contains(datatype) ? datatype : "string",
    };
}
