using System.Text.Json.Nodes;

namespace Catalogue.Emulators.Udata;

/// <summary>The controlled vocabularies of contract §7, as data.gouv.fr serves them.</summary>
internal static class UdataVocabularies
{
    public const string DefaultLicense = "notspecified";
    public const string DefaultFrequency = "unknown";
    public const string DefaultGranularity = "other";

    public static readonly IReadOnlyList<(string Id, string Title, string? Url)> Licenses =
    [
        ("lov2", "Licence Ouverte / Open Licence version 2.0", "https://www.etalab.gouv.fr/licence-ouverte-open-licence"),
        ("fr-lo", "Licence Ouverte / Open Licence", "https://www.etalab.gouv.fr/wp-content/uploads/2014/05/Licence_Ouverte.pdf"),
        ("cc-by", "Creative Commons Attribution", "http://www.opendefinition.org/licenses/cc-by"),
        ("cc-by-sa", "Creative Commons Attribution Share-Alike", "http://www.opendefinition.org/licenses/cc-by-sa"),
        ("cc-zero", "Creative Commons CCZero", "http://www.opendefinition.org/licenses/cc-zero"),
        ("odc-odbl", "Open Data Commons Open Database License (ODbL)", "http://opendatacommons.org/licenses/odbl/summary/"),
        ("odc-by", "Open Data Commons Attribution License", "http://opendatacommons.org/licenses/by/summary/"),
        ("odc-pddl", "Open Data Commons Public Domain Dedication and Licence (PDDL)", "http://opendatacommons.org/licenses/pddl/summary/"),
        ("other-at", "Other (Attribution)", null),
        ("other-open", "Other (Open)", null),
        ("other-pd", "Other (Public Domain)", null),
        ("notspecified", "License Not Specified", null),
    ];

    public static readonly IReadOnlyList<string> Frequencies =
    [
        "continuous", "oneMinute", "fiveMinutes", "tenMinutes", "fifteenMinutes", "thirtyMinutes", "hourly", "bihourly",
        "trihourly", "twelveHours", "severalTimesADay", "threeTimesADay", "semidaily",
        "daily", "fiveTimesAWeek", "threeTimesAWeek", "semiweekly", "weekly", "biweekly", "threeTimesAMonth",
        "semimonthly", "monthly", "bimonthly", "quarterly",
        "threeTimesAYear", "semiannual", "annual", "biennial", "triennial", "quadrennial", "quinquennial", "decennial",
        "bidecennial", "tridecennial",
        "punctual", "irregular", "never", "notPlanned", "other", "unknown",
    ];

    public static readonly IReadOnlyDictionary<string, string> LegacyFrequencies = new Dictionary<string, string>
    {
        ["realtime"] = "continuous", ["fourTimesADay"] = "severalTimesADay", ["fourTimesAWeek"] = "other",
        ["fortnighly"] = "biweekly", ["biannual"] = "semiannual",
    };

    /// <summary>French labels quoted by the contract; other ids fall back to an English label.</summary>
    private static readonly IReadOnlyDictionary<string, string> FrenchFrequencyLabels = new Dictionary<string, string>
    {
        ["punctual"] = "Ponctuelle", ["irregular"] = "Sans régularité", ["unknown"] = "Inconnu", ["annual"] = "Annuelle",
        ["never"] = "Jamais", ["notPlanned"] = "Non planifié",
    };

    public static string FrequencyLabel(string id, string? lang) =>
        lang == "fr" && FrenchFrequencyLabels.TryGetValue(id, out string? fr) ? fr : EnglishLabel(id);

    public static readonly IReadOnlyList<(string Id, string Name, string FrenchName)> Granularities =
    [
        ("country-group", "Country group", "Groupe de pays"), ("country", "Country", "Pays"),
        ("country-subset", "Country subset", "Sous-ensemble de pays"), ("fr:region", "French region", "Région française"),
        ("fr:departement", "French county", "Département français"), ("fr:arrondissement", "French arrondissement", "Arrondissement français"),
        ("fr:commune", "French town", "Commune française"), ("fr:iris", "Iris (Insee districts)", "Iris (quartiers Insee)"),
        ("fr:canton", "French canton", "Canton français"), ("fr:collectivite", "French overseas collectivities", "Collectivité d'outre-mer française"),
        ("fr:epci", "French intermunicipal (EPCI)", "Intercommunalité française (EPCI)"),
        ("poi", "POI", "POI"), ("other", "Other", "Autre"),
    ];

    public static readonly IReadOnlyList<(string Id, string Name, string Code, string Level)> Zones =
    [
        ("country-group:world", "Monde", "world", "country-group"),
        ("country-group:ue", "Union Européenne", "ue", "country-group"),
        ("country:fr", "France", "fr", "country"),
        ("fr:region:11", "Île-de-France", "11", "fr:region"),
        ("fr:region:24", "Centre-Val de Loire", "24", "fr:region"),
        ("fr:region:27", "Bourgogne-Franche-Comté", "27", "fr:region"),
        ("fr:region:28", "Normandie", "28", "fr:region"),
        ("fr:region:32", "Hauts-de-France", "32", "fr:region"),
        ("fr:region:44", "Grand Est", "44", "fr:region"),
        ("fr:region:52", "Pays de la Loire", "52", "fr:region"),
        ("fr:region:53", "Bretagne", "53", "fr:region"),
        ("fr:region:75", "Nouvelle-Aquitaine", "75", "fr:region"),
        ("fr:region:76", "Occitanie", "76", "fr:region"),
        ("fr:region:84", "Auvergne-Rhône-Alpes", "84", "fr:region"),
        ("fr:region:93", "Provence-Alpes-Côte d'Azur", "93", "fr:region"),
        ("fr:region:94", "Corse", "94", "fr:region"),
        ("fr:region:01", "Guadeloupe", "01", "fr:region"),
        ("fr:region:02", "Martinique", "02", "fr:region"),
        ("fr:region:03", "Guyane", "03", "fr:region"),
        ("fr:region:04", "La Réunion", "04", "fr:region"),
        ("fr:region:06", "Mayotte", "06", "fr:region"),
        ("fr:departement:13", "Bouches-du-Rhône", "13", "fr:departement"),
        ("fr:commune:13004", "Arles", "13004", "fr:commune"),
    ];

    public static readonly IReadOnlyList<(string Id, string Label)> ResourceTypes =
    [
        ("main", "Fichier principal"), ("documentation", "Documentation"), ("update", "Mise à jour"),
        ("api", "API"), ("code", "Dépôt de code"), ("other", "Autre"),
    ];

    public static readonly IReadOnlySet<string> AccessTypes = new HashSet<string> { "open", "open_with_account", "restricted" };
    public static readonly IReadOnlySet<string> ChecksumTypes = new HashSet<string> { "sha1", "sha2", "sha256", "md5", "crc" };

    /// <summary><c>ALLOWED_RESOURCES_EXTENSIONS</c> (udata settings); note that parquet is absent.</summary>
    public static readonly IReadOnlyList<string> Extensions =
    [
        "7z", "bz2", "csv", "db", "dbf", "doc", "docx", "epub", "geojson", "gif", "gml", "gpkg", "gpx", "grib2", "gz",
        "jpeg", "jpg", "json", "kml", "kmz", "n3", "odg", "odp", "ods", "odt", "other", "pdf", "png", "pps", "ppt",
        "prj", "rar", "rdf", "rtf", "shp", "shx", "sql", "sqlite", "svg", "tar", "tgz", "ttl", "txt", "xls", "xlsx",
        "xml", "xsd", "xz", "zip",
    ];

    public static bool IsLicense(string id) => Licenses.Any(l => l.Id == id);
    public static bool IsGranularity(string id) => Granularities.Any(g => g.Id == id);
    public static bool IsZone(string id) => Zones.Any(z => z.Id == id);

    public static JsonObject LicenseJson((string Id, string Title, string? Url) license) => new()
    {
        ["id"] = license.Id, ["title"] = license.Title, ["maintainer"] = null, ["url"] = license.Url,
        ["flags"] = new JsonArray(), ["alternate_urls"] = new JsonArray(), ["alternate_titles"] = new JsonArray(),
    };

    private static string EnglishLabel(string id)
    {
        var label = new System.Text.StringBuilder();
        foreach (char c in id)
        {
            if (char.IsUpper(c)) label.Append(' ').Append(char.ToLowerInvariant(c));
            else label.Append(label.Length == 0 ? char.ToUpperInvariant(c) : c);
        }
        return label.ToString();
    }
}
