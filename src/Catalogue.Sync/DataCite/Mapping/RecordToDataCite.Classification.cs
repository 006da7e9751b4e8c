using Catalogue.Domain.Model;
using Catalogue.Domain.Vocabularies;
using Catalogue.Sync.DataCite.Metadata;
using Vocabs = Catalogue.Domain.Vocabularies.Vocabularies;

namespace Catalogue.Sync.DataCite.Mapping;

public static partial class RecordToDataCite
{
    /// <summary>
    /// Controlled concepts keep their IRI in <c>valueURI</c> and their scheme's IRI in <c>schemeURI</c>
    /// (CONTRACT.md §11, theme row); free keywords carry only their language.
    /// </summary>
    private static DataCiteSubject[] Subjects(DatasetRecord r)
    {
        var subjects = new List<DataCiteSubject>();
        subjects.AddRange(Concepts(Vocabs.Healthcategories, r.HealthCategories));
        subjects.AddRange(Concepts(Vocabs.HealthTheme, r.HealthThemes));
        subjects.AddRange(Concepts(Vocabs.DataTheme, r.Themes));
        foreach ((string lang, List<string> words) in r.Keywords.OrderBy(k => k.Key, StringComparer.OrdinalIgnoreCase))
            subjects.AddRange(words.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => new DataCiteSubject(w.Trim(), Lang: lang.ToLowerInvariant())));
        return subjects.Distinct().ToArray();
    }

    private static IEnumerable<DataCiteSubject> Concepts(Vocabulary vocabulary, IEnumerable<string> codes) =>
        codes.Select(vocabulary.Find).OfType<Concept>()
            .Select(c => new DataCiteSubject(c.LabelEn, vocabulary.Title, vocabulary.SchemeIri, c.Iri, Lang: "en"));

    private static string? DatasetTypeLabel(DatasetRecord r) =>
        r.DatasetTypes.Select(Vocabs.DatasetType.Find).OfType<Concept>().Select(c => c.LabelEn).FirstOrDefault();

    /// <summary>
    /// Each licence by its SPDX id (DataCite fills name and URL from it, so we send what it will store), then
    /// the access level as the EU access-right concept, a convention since DataCite has no field for it.
    /// </summary>
    private static DataCiteRights[] Rights(DatasetRecord r)
    {
        var rights = new List<DataCiteRights>();
        foreach (string id in r.Licenses.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            LicenceEntry? entry = LicenceTable.Find(id);
            string spdx = (entry?.SpdxId ?? id).ToLowerInvariant();
            rights.Add(SpdxLicences.Find(spdx, null) is { } known
                ? new DataCiteRights(known.Name, known.Uri, known.Id, "SPDX", SpdxLicences.SchemeUri)
                : new DataCiteRights(entry?.Title, entry?.Url, spdx, "SPDX", SpdxLicences.SchemeUri));
        }
        if (Vocabs.AccessRight.Find(r.AccessRights.ToCode()) is { } access)
            rights.Add(new DataCiteRights($"Access rights: {access.LabelEn}", access.Iri));
        return rights.ToArray();
    }

    /// <summary>Named places from the spatial table; unknown zone ids are left out rather than invented.</summary>
    private static DataCiteGeoLocation[] GeoLocations(DatasetRecord r) =>
        r.SpatialCoverage.Select(SpatialTable.FindZone).OfType<Zone>().Select(z => new DataCiteGeoLocation(z.Name)).ToArray();
}
