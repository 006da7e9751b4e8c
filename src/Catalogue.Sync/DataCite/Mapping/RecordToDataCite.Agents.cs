using Catalogue.Domain.Model;
using Catalogue.Sync.DataCite.Metadata;

namespace Catalogue.Sync.DataCite.Mapping;

public static partial class RecordToDataCite
{
    private const string RorScheme = "https://ror.org/";
    private const string OrcidScheme = "https://orcid.org";

    /// <summary>DataCite requires at least one creator: without one, the publishing organisation is the creator.</summary>
    private static DataCiteCreator[] Creators(DatasetRecord r, Organization? organization)
    {
        var creators = r.Creators.Where(a => !string.IsNullOrWhiteSpace(a.Name) || a.FamilyName is not null).Select(Creator).ToList();
        if (creators.Count == 0 && organization is not null)
            creators.Add(new DataCiteCreator { Name = organization.Name, NameType = "Organizational", NameIdentifiers = Ror(organization.Ror) });
        return creators.ToArray();
    }

    private static DataCiteCreator Creator(Agent a) => new()
    {
        Name = DisplayName(a),
        NameType = a.IsPerson ? "Personal" : "Organizational",
        GivenName = a.IsPerson ? Blank(a.GivenName) : null,
        FamilyName = a.IsPerson ? Blank(a.FamilyName) : null,
        NameIdentifiers = [.. Orcid(a.IsPerson ? a.Orcid : null), .. Ror(a.IsPerson ? null : a.Ror)],
        Affiliations = Affiliation(a),
    };

    private static DataCitePublisher? Publisher(Organization? organization) => organization is null ? null
        : new DataCitePublisher(organization.Name,
            RorUrl(organization.Ror), organization.Ror is null ? null : "ROR", organization.Ror is null ? null : RorScheme);

    /// <summary>Contact point, data holder and access body as DataCite contributors (CONTRACT.md §11, contactPoint and roles rows).</summary>
    private static DataCiteContributor[] Contributors(DatasetRecord r, Organization? organization)
    {
        var contributors = new List<DataCiteContributor>();
        if (r.ContactPoint is { } cp && (Blank(cp.Name) ?? organization?.Name) is { } contactName)
            contributors.Add(new DataCiteContributor { Name = contactName, ContributorType = "ContactPerson" });
        if (r.Custodian is { } custodian && !string.IsNullOrWhiteSpace(custodian.Name))
            contributors.Add(Contributor(custodian, "DataManager"));
        if (r.Hdab is { } hdab && !string.IsNullOrWhiteSpace(hdab.Name))
            contributors.Add(Contributor(hdab, "Distributor"));
        return contributors.ToArray();
    }

    private static DataCiteContributor Contributor(Agent a, string type) => new()
    {
        Name = DisplayName(a),
        ContributorType = type,
        NameType = a.IsPerson ? "Personal" : "Organizational",
        GivenName = a.IsPerson ? Blank(a.GivenName) : null,
        FamilyName = a.IsPerson ? Blank(a.FamilyName) : null,
        NameIdentifiers = [.. Orcid(a.IsPerson ? a.Orcid : null), .. Ror(a.IsPerson ? null : a.Ror)],
        Affiliations = Affiliation(a),
    };

    /// <summary>DataCite's convention for people is "Family, Given".</summary>
    private static string DisplayName(Agent a) =>
        a.IsPerson && Blank(a.FamilyName) is { } family
            ? (Blank(a.GivenName) is { } given ? $"{family}, {given}" : family)
            : a.Name.Trim();

    private static DataCiteAffiliation[] Affiliation(Agent a) =>
        a.IsPerson && Blank(a.Affiliation) is { } name ? [new DataCiteAffiliation(name)] : [];

    private static DataCiteNameIdentifier[] Orcid(string? orcid)
    {
        if (Blank(orcid) is not { } id) return [];
        string bare = id.Trim().Replace("https://orcid.org/", "", StringComparison.OrdinalIgnoreCase)
            .Replace("http://orcid.org/", "", StringComparison.OrdinalIgnoreCase);
        return [new DataCiteNameIdentifier($"https://orcid.org/{bare}", "ORCID", OrcidScheme)];
    }

    private static DataCiteNameIdentifier[] Ror(string? ror) =>
        RorUrl(ror) is { } url ? [new DataCiteNameIdentifier(url, "ROR", RorScheme)] : [];

    /// <summary>ROR ids are written as full URLs (<c>https://ror.org/05j5gx556</c>), as DataCite shows them.</summary>
    private static string? RorUrl(string? ror)
    {
        if (Blank(ror) is not { } id) return null;
        string bare = id.Trim().Replace("https://ror.org/", "", StringComparison.OrdinalIgnoreCase)
            .Replace("http://ror.org/", "", StringComparison.OrdinalIgnoreCase).Trim('/');
        return RorScheme + bare;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
