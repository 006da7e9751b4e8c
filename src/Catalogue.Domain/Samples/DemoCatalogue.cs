using Catalogue.Domain.Model;

namespace Catalogue.Domain.Samples;

/// <summary>
/// The demo catalogue seeded on first start: organisations and records modelled on real French health bases,
/// across the three access levels, fully documented. Ids are fixed so links and tests are stable.
/// </summary>
public static partial class DemoCatalogue
{
    public static readonly Guid Hdh = new("0a1d0000-0000-4000-8000-000000000001");
    public static readonly Guid Spf = new("0a1d0000-0000-4000-8000-000000000002");
    public static readonly Guid Aphp = new("0a1d0000-0000-4000-8000-000000000003");
    public static readonly Guid Inserm = new("0a1d0000-0000-4000-8000-000000000004");
    public static readonly Guid Hcl = new("0a1d0000-0000-4000-8000-000000000005");

    public static IReadOnlyList<Organization> Organizations() =>
    [
        Org(Hdh, "health-data-hub", "Health Data Hub", "HDH", "national-authority", "opendata@health-data-hub.fr", "https://www.health-data-hub.fr", "https://ror.org/05j5gx556"),
        Org(Spf, "sante-publique-france", "Santé publique France", "SpF", "public-health-institute", "opendata@santepubliquefrance.fr", "https://www.santepubliquefrance.fr", null),
        Org(Aphp, "ap-hp", "Assistance Publique – Hôpitaux de Paris", "AP-HP", "healthcare-providers", "eds@aphp.fr", "https://www.aphp.fr", "https://ror.org/00pg5jh14"),
        Org(Inserm, "inserm", "Institut national de la santé et de la recherche médicale", "Inserm", "research-institute-org", "donnees@inserm.fr", "https://www.inserm.fr", "https://ror.org/02vjkv261"),
        Org(Hcl, "hospices-civils-de-lyon", "Hospices Civils de Lyon", "HCL", "healthcare-providers", "entrepot-donnees@chu-lyon.fr", "https://www.chu-lyon.fr", "https://ror.org/01502ca60"),
    ];

    private static Organization Org(Guid id, string slug, string name, string acronym, string type, string email, string home, string? ror) => new()
    {
        Id = id, Slug = slug, Name = name, Acronym = acronym, Type = type, Homepage = home, Ror = ror,
        ContactPoint = new ContactPoint { Name = name, Email = email, Url = home },
        Description = $"{name} ({acronym}).",
    };

    /// <summary>The HDAB every record names: the Health Data Hub as France's access body.</summary>
    public static Agent HdhAccessBody() => new()
    {
        Name = "Health Data Hub (Plateforme des données de santé)", Ror = "https://ror.org/05j5gx556", Homepage = "https://www.health-data-hub.fr",
        ContactPoint = new ContactPoint { Email = "acces@health-data-hub.fr", Url = "https://www.health-data-hub.fr/depot" },
    };

    public static RiskAssessment Low(string fr, string en) => new() { Risk = RiskLevel.Low, Summary = LocalizedText.Of(fr, en) };

    public static DocumentationSections Docs(string meaning, string provenance, string structure, string quality, string update) => new()
    {
        Meaning = LocalizedText.Of(meaning), Provenance = LocalizedText.Of(provenance), StructureAndFormat = LocalizedText.Of(structure),
        QualityAndReliability = LocalizedText.Of(quality), UpdatePolicy = LocalizedText.Of(update),
    };

    public static Variable Var(string name, string type, string fr, string en, string? unit = null, string? coding = null, params (string Code, string Label)[] codes) => new()
    {
        Name = name, Type = type, Title = LocalizedText.Of(fr, en), Description = LocalizedText.Of(fr + ".", en + "."), Unit = unit, CodingSystem = coding,
        CodeList = codes.Select(c => new CodeValue { Code = c.Code, Label = LocalizedText.Of(c.Label) }).ToList(),
        MissingValues = ["", "NA"],
    };

    public static Distribution File(string title, string url, string format, long size, DistributionRole role = DistributionRole.Main, string? description = null) => new()
    {
        Id = Guid.NewGuid(), Title = LocalizedText.Of(title), Description = LocalizedText.Of(description ?? title + "."), AccessUrl = url, DownloadUrl = url,
        Format = format, MediaType = Vocabularies.FormatTable.Find(format)?.MediaType, ByteSize = size, Role = role,
        IsRemote = size > Distribution.DirectDepositLimitBytes, Status = "COMPLETED", Availability = "STABLE",
    };
}
