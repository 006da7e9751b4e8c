namespace Catalogue.Domain.Vocabularies;

/// <summary>A spatial zone, keyed by its udata GeoID (<c>country:fr</c>, <c>fr:region:93</c>), with its DCAT IRI.</summary>
public sealed record Zone(string Id, string Name, string Iri, string Level);

/// <summary>
/// Zones and granularities a record may use. Countries map to the EU country NAL; French regions to the
/// INSEE official geographic code list (id.insee.fr), the identifiers data.gouv.fr itself uses for them.
/// </summary>
public static class SpatialTable
{
    public static readonly IReadOnlyList<Zone> Zones = new Zone[]
    {
        new("country:fr", "France", "http://publications.europa.eu/resource/authority/country/FRA", "country"),
        new("country-group:ue", "Union européenne", "http://publications.europa.eu/resource/authority/continent/EUROPE", "country-group"),
        new("fr:region:01", "Guadeloupe", "http://id.insee.fr/geo/region/01", "fr:region"),
        new("fr:region:02", "Martinique", "http://id.insee.fr/geo/region/02", "fr:region"),
        new("fr:region:03", "Guyane", "http://id.insee.fr/geo/region/03", "fr:region"),
        new("fr:region:04", "La Réunion", "http://id.insee.fr/geo/region/04", "fr:region"),
        new("fr:region:06", "Mayotte", "http://id.insee.fr/geo/region/06", "fr:region"),
        new("fr:region:11", "Île-de-France", "http://id.insee.fr/geo/region/11", "fr:region"),
        new("fr:region:24", "Centre-Val de Loire", "http://id.insee.fr/geo/region/24", "fr:region"),
        new("fr:region:27", "Bourgogne-Franche-Comté", "http://id.insee.fr/geo/region/27", "fr:region"),
        new("fr:region:28", "Normandie", "http://id.insee.fr/geo/region/28", "fr:region"),
        new("fr:region:32", "Hauts-de-France", "http://id.insee.fr/geo/region/32", "fr:region"),
        new("fr:region:44", "Grand Est", "http://id.insee.fr/geo/region/44", "fr:region"),
        new("fr:region:52", "Pays de la Loire", "http://id.insee.fr/geo/region/52", "fr:region"),
        new("fr:region:53", "Bretagne", "http://id.insee.fr/geo/region/53", "fr:region"),
        new("fr:region:75", "Nouvelle-Aquitaine", "http://id.insee.fr/geo/region/75", "fr:region"),
        new("fr:region:76", "Occitanie", "http://id.insee.fr/geo/region/76", "fr:region"),
        new("fr:region:84", "Auvergne-Rhône-Alpes", "http://id.insee.fr/geo/region/84", "fr:region"),
        new("fr:region:93", "Provence-Alpes-Côte d'Azur", "http://id.insee.fr/geo/region/93", "fr:region"),
        new("fr:region:94", "Corse", "http://id.insee.fr/geo/region/94", "fr:region"),
    };

    /// <summary>udata's spatial granularities (CONTRACT.md §7.3); "other" is its default.</summary>
    public static readonly IReadOnlyList<string> Granularities = new[]
    {
        "country-group", "country", "country-subset", "fr:region", "fr:departement", "fr:arrondissement",
        "fr:commune", "fr:iris", "fr:canton", "fr:collectivite", "fr:epci", "poi", "other",
    };

    public static Zone? FindZone(string id) => Zones.FirstOrDefault(z => z.Id == id);
    public static Zone? FindZoneByIri(string iri) => Zones.FirstOrDefault(z => z.Iri == iri);
}
