using Catalogue.Api.GraphQL.Graph;
using Catalogue.Domain.Model;
using Input = System.Collections.Generic.IReadOnlyDictionary<string, object?>;

namespace Catalogue.Api.GraphQL.Mutations;

/// <summary>Applies a coerced DatasetInput to a record: only the fields present change (patch semantics).</summary>
public static class DatasetInputMapper
{
    public static DatasetRecord Apply(Input input, DatasetRecord r)
    {
        foreach (var (field, value) in input)
        {
            switch (field)
            {
                case "organizationId":
                    r.OrganizationId = value is null ? Guid.Empty : GlobalId.ParseId((string)value, GlobalId.Organization)
                        ?? throw GraphErrors.BadInput($"'{value}' is not an organisation id.", "input.organizationId");
                    break;
                case "slug": r.Slug = (string?)value ?? ""; break;
                case "identifier": r.Identifier = (string?)value ?? ""; break;
                case "title": r.Title = Text(value); break;
                case "description": r.Description = Text(value); break;
                case "keywords": r.Keywords = Keywords(value); break;
                case "themes": r.Themes = Strings(value); break;
                case "healthCategories": r.HealthCategories = Strings(value); break;
                case "healthThemes": r.HealthThemes = Strings(value); break;
                case "codingSystems": r.CodingSystems = Strings(value); break;
                case "licences": r.Licenses = Strings(value); break;
                case "accessRights": r.AccessRights = value is AccessLevel a ? a : AccessLevel.Public; break;
                case "accessRequestUrl": r.AccessRequestUrl = (string?)value; break;
                case "frequency": r.Frequency = (string?)value; break;
                case "spatialCoverage": r.SpatialCoverage = Strings(value); break;
                case "spatialGranularity": r.SpatialGranularity = (string?)value; break;
                case "temporalCoverage":
                    r.TemporalCoverage = ResolverExtensions.List<Input>(value)
                        .Select(p => new PeriodOfTime { Start = (DateOnly?)p.In("start"), End = (DateOnly?)p.In("end") }).ToList();
                    break;
                case "numberOfRecords": r.NumberOfRecords = (long?)value; break;
                case "numberOfUniqueIndividuals": r.NumberOfUniqueIndividuals = (long?)value; break;
                case "landingPage": r.LandingPage = (string?)value; break;
                case "contactPoint": r.ContactPoint = value is Input c ? Contact(c) : null; break;
                case "documentation": if (value is Input d) Documentation(d, r.Documentation); break;
                case "distributions": r.Distributions = ResolverExtensions.List<Input>(value).Select(Distribution).ToList(); break;
            }
        }
        return r;
    }

    private static LocalizedText Text(object? value)
    {
        var text = new LocalizedText();
        foreach (var entry in ResolverExtensions.List<Input>(value)) text[(string)entry["lang"]!] = (string)entry["value"]!;
        return text;
    }

    private static LocalizedList Keywords(object? value)
    {
        var list = new LocalizedList();
        foreach (var entry in ResolverExtensions.List<Input>(value))
        {
            var lang = (string)entry["lang"]!;
            if (!list.TryGetValue(lang, out var words)) list[lang] = words = [];
            words.Add((string)entry["value"]!);
        }
        return list;
    }

    private static List<string> Strings(object? value) => ResolverExtensions.List<string>(value).ToList();

    private static ContactPoint Contact(Input c) => new()
    {
        Name = (string?)c.In("name"), Email = (string?)c.In("email"), Url = (string?)c.In("url"), Telephone = (string?)c.In("telephone"),
    };

    private static void Documentation(Input d, DocumentationSections sections)
    {
        foreach (var (field, value) in d)
        {
            var text = Text(value);
            switch (field)
            {
                case "meaning": sections.Meaning = text; break;
                case "provenance": sections.Provenance = text; break;
                case "structureAndFormat": sections.StructureAndFormat = text; break;
                case "qualityAndReliability": sections.QualityAndReliability = text; break;
                case "updatePolicy": sections.UpdatePolicy = text; break;
            }
        }
    }

    private static Distribution Distribution(Input d) => new()
    {
        Title = Text(d.In("title")),
        Description = Text(d.In("description")),
        AccessUrl = (string)d["accessUrl"]!,
        DownloadUrl = (string?)d.In("downloadUrl"),
        Format = (string?)d.In("format"),
        MediaType = (string?)d.In("mediaType"),
        ByteSize = (long?)d.In("byteSize"),
        License = (string?)d.In("licence"),
        Role = d.In("role") is DistributionRole role ? role : DistributionRole.Main,
    };
}
