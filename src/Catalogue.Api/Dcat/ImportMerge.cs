using Catalogue.Domain.Model;

namespace Catalogue.Api.Dcat;

/// <summary>
/// An import replaces what DCAT carries and keeps what it cannot: lifecycle, remote ids, the anonymisation file,
/// the documentation sections other than provenance, split-part details, variable units and code lists.
/// </summary>
public static class ImportMerge
{
    public static DatasetRecord Apply(DatasetRecord current, DatasetRecord imported)
    {
        imported.Id = current.Id;
        imported.Slug = current.Slug;
        imported.OrganizationId = imported.OrganizationId == Guid.Empty ? current.OrganizationId : imported.OrganizationId;
        imported.Doi = current.Doi;
        imported.ConceptDoi = current.ConceptDoi;
        imported.UdataId = current.UdataId;
        imported.PreviousVersionId = current.PreviousVersionId;
        imported.Tags = current.Tags;
        imported.Anonymisation = current.Anonymisation;
        imported.AccessRequestUrl = current.AccessRequestUrl;
        imported.SpatialGranularity = current.SpatialGranularity;
        imported.Funding = current.Funding;
        var provenance = imported.Documentation.Provenance;
        imported.Documentation = current.Documentation;
        if (!provenance.IsEmpty) imported.Documentation.Provenance = provenance;
        // A distribution carries one licence in DCAT; the record's list may name more (Etalab with CC-BY).
        foreach (var licence in current.Licenses) if (!imported.Licenses.Contains(licence)) imported.Licenses.Add(licence);
        imported.OtherIdentifiers.RemoveAll(o => (o.Scheme == "doi" && o.Value == current.Doi) || (o.Scheme == "udata" && o.Value == current.UdataId));

        foreach (var d in imported.Distributions)
            if (current.Distributions.FirstOrDefault(c => c.Id == d.Id || c.AccessUrl == d.AccessUrl) is { } old)
            {
                d.Id = old.Id;
                if (d.Role == DistributionRole.Main) d.Role = old.Role;
                d.SplitCriterion = old.SplitCriterion; d.SplitValue = old.SplitValue; d.PartIndex = old.PartIndex;
                d.UdataResourceId = old.UdataResourceId; d.IsRemote = old.IsRemote;
                if (old.License is null && d.License == current.Licenses.FirstOrDefault()) d.License = null;
            }
        // DCAT lists samples apart from the other distributions: keep the record's own order for the ones it had.
        imported.Distributions = imported.Distributions
            .OrderBy(d => current.Distributions.FindIndex(c => c.Id == d.Id) is var i and >= 0 ? i : int.MaxValue).ToList();
        foreach (var t in imported.DataDictionary)
            if (current.DataDictionary.FirstOrDefault(c => c.Name == t.Name) is { } oldTable)
                foreach (var v in t.Variables)
                    if (oldTable.Variables.FirstOrDefault(c => c.Name == v.Name) is { } old)
                    {
                        v.Unit = old.Unit; v.CodingSystem = old.CodingSystem; v.CodeList = old.CodeList; v.MissingValues = old.MissingValues;
                    }
        return imported;
    }
}
