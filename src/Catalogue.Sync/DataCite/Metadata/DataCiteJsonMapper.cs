using Catalogue.Sync.DataCite.Dtos;

namespace Catalogue.Sync.DataCite.Metadata;

/// <summary>
/// Maps <see cref="DataCiteMetadata"/> to the JSON:API attributes DataCite accepts, and back. We push JSON
/// attributes only, never <c>xml</c>: lupo regenerates the XML from the attributes anyway and JSON values
/// override parsed XML (CONTRACT.md §3), so sending both could only disagree. Every list is sent, empty ones
/// included, because arrays replace wholesale and <c>[]</c> is how a removed value is cleared (§12.2).
/// </summary>
public static class DataCiteJsonMapper
{
    public static DoiAttributes ToAttributes(DataCiteMetadata m, string? doiEvent = null) => new()
    {
        Doi = m.Identifier,
        Event = doiEvent,
        Url = m.Url,
        Types = new DoiTypes { ResourceTypeGeneral = m.ResourceType.ResourceTypeGeneral, ResourceType = m.ResourceType.ResourceType },
        Creators = m.Creators.Select(c => new DoiCreator
        {
            Name = c.Name, NameType = c.NameType, GivenName = c.GivenName, FamilyName = c.FamilyName, Lang = c.Lang,
            NameIdentifiers = c.NameIdentifiers.Select(ToDto).ToArray(),
            Affiliation = c.Affiliations.Select(ToDto).ToArray(),
        }).ToArray(),
        Titles = m.Titles.Select(t => new DoiTitle { Title = t.Title, Lang = t.Lang, TitleType = t.TitleType }).ToArray(),
        Publisher = m.Publisher is { } p
            ? new DoiPublisher { Name = p.Name, PublisherIdentifier = p.PublisherIdentifier, PublisherIdentifierScheme = p.PublisherIdentifierScheme, SchemeUri = p.SchemeUri, Lang = p.Lang }
            : null,
        PublicationYear = m.PublicationYear,
        Subjects = m.Subjects.Select(s => new DoiSubject
        {
            Subject = s.Subject, SubjectScheme = s.SubjectScheme, SchemeUri = s.SchemeUri, ValueUri = s.ValueUri,
            ClassificationCode = s.ClassificationCode, Lang = s.Lang,
        }).ToArray(),
        Contributors = m.Contributors.Select(c => new DoiContributor
        {
            Name = c.Name, NameType = c.NameType, GivenName = c.GivenName, FamilyName = c.FamilyName, Lang = c.Lang,
            ContributorType = c.ContributorType,
            NameIdentifiers = c.NameIdentifiers.Select(ToDto).ToArray(),
            Affiliation = c.Affiliations.Select(ToDto).ToArray(),
        }).ToArray(),
        Dates = m.Dates.Select(d => new DoiDate { Date = d.Date, DateType = d.DateType, DateInformation = d.DateInformation }).ToArray(),
        Language = m.Language,
        AlternateIdentifiers = m.AlternateIdentifiers
            .Select(a => new DoiAlternateIdentifier { AlternateIdentifier = a.AlternateIdentifier, AlternateIdentifierType = a.AlternateIdentifierType }).ToArray(),
        RelatedIdentifiers = m.RelatedIdentifiers.Select(r => new DoiRelatedIdentifier
        {
            RelatedIdentifier = r.RelatedIdentifier, RelatedIdentifierType = r.RelatedIdentifierType, RelationType = r.RelationType,
            ResourceTypeGeneral = r.ResourceTypeGeneral, RelatedMetadataScheme = r.RelatedMetadataScheme,
            SchemeUri = r.SchemeUri, SchemeType = r.SchemeType,
        }).ToArray(),
        Sizes = m.Sizes.ToArray(),
        Formats = m.Formats.ToArray(),
        Version = m.Version,
        RightsList = m.RightsList.Select(r => new DoiRights
        {
            Rights = r.Rights, RightsUri = r.RightsUri, RightsIdentifier = r.RightsIdentifier,
            RightsIdentifierScheme = r.RightsIdentifierScheme, SchemeUri = r.SchemeUri, Lang = r.Lang,
        }).ToArray(),
        Descriptions = m.Descriptions.Select(d => new DoiDescription { Description = d.Description, DescriptionType = d.DescriptionType, Lang = d.Lang }).ToArray(),
        GeoLocations = m.GeoLocations.Select(g => new DoiGeoLocation
        {
            GeoLocationPlace = g.Place,
            GeoLocationPoint = g.Point is { } pt ? new DoiGeoLocationPoint { PointLongitude = pt.Longitude, PointLatitude = pt.Latitude } : null,
            GeoLocationBox = g.Box is { } b
                ? new DoiGeoLocationBox { WestBoundLongitude = b.WestLongitude, EastBoundLongitude = b.EastLongitude, SouthBoundLatitude = b.SouthLatitude, NorthBoundLatitude = b.NorthLatitude }
                : null,
        }).ToArray(),
        FundingReferences = m.FundingReferences.Select(f => new DoiFundingReference
        {
            FunderName = f.FunderName, FunderIdentifier = f.FunderIdentifier, FunderIdentifierType = f.FunderIdentifierType,
            SchemeUri = f.SchemeUri, AwardNumber = f.AwardNumber, AwardUri = f.AwardUri, AwardTitle = f.AwardTitle,
        }).ToArray(),
    };

    /// <summary>Reads DataCite's attributes (as returned by a single GET) into the neutral model.</summary>
    public static DataCiteMetadata FromAttributes(DoiAttributes a) => new()
    {
        Identifier = a.Doi,
        Url = a.Url,
        ResourceType = new DataCiteResourceType(a.Types?.ResourceTypeGeneral ?? "Other", a.Types?.ResourceType),
        Creators = (a.Creators ?? []).Select(c => new DataCiteCreator
        {
            Name = c.Name ?? "", NameType = c.NameType, GivenName = c.GivenName, FamilyName = c.FamilyName, Lang = c.Lang,
            NameIdentifiers = FromDto(c.NameIdentifiers), Affiliations = FromDto(c.Affiliation),
        }).ToArray(),
        Titles = (a.Titles ?? []).Where(t => t.Title is not null).Select(t => new DataCiteTitle(t.Title!, t.Lang, t.TitleType)).ToArray(),
        Publisher = a.Publisher is { Name: { } name } p
            ? new DataCitePublisher(name, p.PublisherIdentifier, p.PublisherIdentifierScheme, p.SchemeUri, p.Lang)
            : null,
        PublicationYear = a.PublicationYear,
        Subjects = (a.Subjects ?? []).Where(s => s.Subject is not null)
            .Select(s => new DataCiteSubject(s.Subject!, s.SubjectScheme, s.SchemeUri, s.ValueUri, s.ClassificationCode, s.Lang)).ToArray(),
        Contributors = (a.Contributors ?? []).Select(c => new DataCiteContributor
        {
            Name = c.Name ?? "", ContributorType = c.ContributorType ?? "Other", NameType = c.NameType,
            GivenName = c.GivenName, FamilyName = c.FamilyName, Lang = c.Lang,
            NameIdentifiers = FromDto(c.NameIdentifiers), Affiliations = FromDto(c.Affiliation),
        }).ToArray(),
        Dates = (a.Dates ?? []).Where(d => d.Date is not null && d.DateType is not null)
            .Select(d => new DataCiteDate(d.Date!, d.DateType!, d.DateInformation)).ToArray(),
        Language = a.Language,
        // lupo answers both forms from one store; prefer alternateIdentifiers and fall back to identifiers.
        AlternateIdentifiers = ((a.AlternateIdentifiers?.Count ?? 0) > 0
                ? a.AlternateIdentifiers!.Select(i => (i.AlternateIdentifier, i.AlternateIdentifierType))
                : (a.Identifiers ?? []).Select(i => (AlternateIdentifier: i.Identifier, AlternateIdentifierType: i.IdentifierType)))
            .Where(i => i.AlternateIdentifier is not null && i.AlternateIdentifierType is not null)
            .Select(i => new DataCiteAlternateIdentifier(i.AlternateIdentifier!, i.AlternateIdentifierType!)).ToArray(),
        RelatedIdentifiers = (a.RelatedIdentifiers ?? []).Where(r => r.RelatedIdentifier is not null)
            .Select(r => new DataCiteRelatedIdentifier(r.RelatedIdentifier!, r.RelatedIdentifierType ?? "", r.RelationType ?? "",
                r.ResourceTypeGeneral, r.RelatedMetadataScheme, r.SchemeUri, r.SchemeType)).ToArray(),
        Sizes = a.Sizes?.ToArray() ?? [],
        Formats = a.Formats?.ToArray() ?? [],
        Version = a.Version,
        RightsList = (a.RightsList ?? [])
            .Select(r => new DataCiteRights(r.Rights, r.RightsUri, r.RightsIdentifier, r.RightsIdentifierScheme, r.SchemeUri, r.Lang)).ToArray(),
        Descriptions = (a.Descriptions ?? []).Where(d => d.Description is not null)
            .Select(d => new DataCiteDescription(d.Description!, d.DescriptionType ?? "Other", d.Lang)).ToArray(),
        GeoLocations = (a.GeoLocations ?? []).Select(g => new DataCiteGeoLocation(
            g.GeoLocationPlace,
            g.GeoLocationPoint is { PointLongitude: { } lon, PointLatitude: { } lat } ? new DataCiteGeoPoint(lon, lat) : null,
            g.GeoLocationBox is { WestBoundLongitude: { } w, EastBoundLongitude: { } e, SouthBoundLatitude: { } s, NorthBoundLatitude: { } n }
                ? new DataCiteGeoBox(w, e, s, n) : null)).ToArray(),
        FundingReferences = (a.FundingReferences ?? []).Where(f => f.FunderName is not null)
            .Select(f => new DataCiteFundingReference(f.FunderName!, f.FunderIdentifier, f.FunderIdentifierType, f.SchemeUri,
                f.AwardNumber, f.AwardUri, f.AwardTitle)).ToArray(),
    };

    private static DoiNameIdentifier ToDto(DataCiteNameIdentifier id) =>
        new() { NameIdentifier = id.NameIdentifier, NameIdentifierScheme = id.NameIdentifierScheme, SchemeUri = id.SchemeUri };

    private static DoiAffiliation ToDto(DataCiteAffiliation a) =>
        new() { Name = a.Name, AffiliationIdentifier = a.AffiliationIdentifier, AffiliationIdentifierScheme = a.AffiliationIdentifierScheme, SchemeUri = a.SchemeUri };

    private static DataCiteNameIdentifier[] FromDto(IReadOnlyList<DoiNameIdentifier>? ids) =>
        (ids ?? []).Where(i => i.NameIdentifier is not null)
            .Select(i => new DataCiteNameIdentifier(i.NameIdentifier!, i.NameIdentifierScheme ?? "", i.SchemeUri)).ToArray();

    private static DataCiteAffiliation[] FromDto(IReadOnlyList<DoiAffiliation>? affiliations) =>
        (affiliations ?? []).Where(a => a.Name is not null)
            .Select(a => new DataCiteAffiliation(a.Name!, a.AffiliationIdentifier, a.AffiliationIdentifierScheme, a.SchemeUri)).ToArray();
}
