using System.Text.Json;
using System.Text.Json.Nodes;
using Catalogue.Sync.DataCite.Dtos;
using Catalogue.Sync.DataCite.Metadata;
using Catalogue.Sync.Engine;

namespace Catalogue.Sync.DataCite.Mapping;

/// <summary>
/// DataCite metadata as the sync engine's <see cref="FieldSet"/>: one entry per DataCite attribute (canonical
/// JSON, after normalising what DataCite rewrites), descriptions split by type so an abstract edited in Fabrica
/// and methods edited here are different fields. And back: a field set to metadata, and to the partial
/// attributes of a PUT that touches only the pushed fields.
/// </summary>
public static class DataCiteFields
{
    private const string DescriptionPrefix = "descriptions.";
    private static readonly string[] DescriptionOrder = ["Abstract", "Methods", "TechnicalInfo", "SeriesInformation", "TableOfContents", "Other"];

    /// <summary>Fields a person may edit in Fabrica and the record takes back; every other field is derived here and ours wins.</summary>
    public static readonly IReadOnlySet<string> TwoWay = new HashSet<string>(StringComparer.Ordinal)
    {
        "titles", DescriptionPrefix + "Abstract", DescriptionPrefix + "Methods", DescriptionPrefix + "TechnicalInfo", "version", "fundingReferences",
    };

    public static FieldSet From(DataCiteMetadata metadata)
    {
        DataCiteMetadata m = DataCiteNormaliser.Normalise(metadata);
        m = m with { Subjects = m.Subjects.Where(s => !DataCiteNormaliser.IsAddedByDataCite(s)).ToArray() };
        var node = JsonSerializer.SerializeToNode(m, DataCiteMetadataJsonContext.Default.DataCiteMetadata)!.AsObject();
        var fields = new FieldSet();
        foreach ((string key, JsonNode? value) in node)
        {
            if (key is "identifier" or "descriptions") continue;
            fields[key] = FieldSet.Canonical(value);
        }
        foreach (IGrouping<string, DataCiteDescription> group in m.Descriptions.GroupBy(d => d.DescriptionType))
            fields[DescriptionPrefix + group.Key] = JsonSerializer.SerializeToNode(group.ToArray(), DescriptionsJson)!.ToJsonString();
        return fields;
    }

    /// <summary>The metadata a field set describes (fields absent from the set are left empty).</summary>
    public static DataCiteMetadata ToMetadata(FieldSet fields, string? doi)
    {
        var node = new JsonObject();
        var descriptions = new JsonArray();
        foreach (string type in fields.Keys.Where(k => k.StartsWith(DescriptionPrefix, StringComparison.Ordinal))
                     .Select(k => k[DescriptionPrefix.Length..]).OrderBy(t => Array.IndexOf(DescriptionOrder, t) is var i and >= 0 ? i : 99))
            foreach (JsonNode? d in JsonNode.Parse(fields.Get(DescriptionPrefix + type) ?? "[]")!.AsArray())
                descriptions.Add(d?.DeepClone());
        foreach ((string key, string? value) in fields.Where(f => !f.Key.StartsWith(DescriptionPrefix, StringComparison.Ordinal)))
            if (value is not null) node[key] = JsonNode.Parse(value);
        node["descriptions"] = descriptions;
        DataCiteMetadata metadata = node.Deserialize(DataCiteMetadataJsonContext.Default.DataCiteMetadata) ?? new DataCiteMetadata();
        return metadata with { Identifier = doi };
    }

    /// <summary>
    /// The body of a PUT that sets exactly <paramref name="pushed"/> to their values in <paramref name="target"/>
    /// (arrays replace wholesale, so all descriptions are sent when any type of them is pushed).
    /// </summary>
    public static DoiAttributes Attributes(FieldSet target, IEnumerable<string> pushed, string doi, string? doiEvent)
    {
        DoiAttributes full = DataCiteJsonMapper.ToAttributes(ToMetadata(target, doi), doiEvent);
        var a = new DoiAttributes { Doi = full.Doi, Event = doiEvent };
        foreach (string field in pushed.Select(f => f.StartsWith(DescriptionPrefix, StringComparison.Ordinal) ? "descriptions" : f).Distinct())
        {
            a = field switch
            {
                "url" => a with { Url = full.Url },
                "creators" => a with { Creators = full.Creators },
                "titles" => a with { Titles = full.Titles },
                "publisher" => a with { Publisher = full.Publisher },
                "publicationYear" => a with { PublicationYear = full.PublicationYear },
                "resourceType" => a with { Types = full.Types },
                "subjects" => a with { Subjects = full.Subjects },
                "contributors" => a with { Contributors = full.Contributors },
                "dates" => a with { Dates = full.Dates },
                "language" => a with { Language = full.Language },
                "alternateIdentifiers" => a with { AlternateIdentifiers = full.AlternateIdentifiers },
                "relatedIdentifiers" => a with { RelatedIdentifiers = full.RelatedIdentifiers },
                "sizes" => a with { Sizes = full.Sizes },
                "formats" => a with { Formats = full.Formats },
                "version" => a with { Version = full.Version },
                "rightsList" => a with { RightsList = full.RightsList },
                "descriptions" => a with { Descriptions = full.Descriptions },
                "geoLocations" => a with { GeoLocations = full.GeoLocations },
                "fundingReferences" => a with { FundingReferences = full.FundingReferences },
                _ => a,
            };
        }
        return a;
    }

    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo<DataCiteDescription[]> DescriptionsJson =>
        DataCiteFieldsJsonContext.Default.DataCiteDescriptionArray;
}

[System.Text.Json.Serialization.JsonSourceGenerationOptions(
    PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
[System.Text.Json.Serialization.JsonSerializable(typeof(DataCiteDescription[]))]
internal sealed partial class DataCiteFieldsJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
