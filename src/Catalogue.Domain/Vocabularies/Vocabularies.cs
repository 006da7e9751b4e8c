namespace Catalogue.Domain.Vocabularies;

/// <summary>
/// The controlled vocabularies a record uses. The tables themselves are generated from the official
/// extracts (tools/gen-vocabularies.py); this part names which record field uses which table.
/// </summary>
public static partial class Vocabularies
{
    public static IReadOnlyList<Vocabulary> All => new[]
    {
        AccessRight, AdmsPublisherType, CodingSystem, DataTheme, DatasetType, DistributionStatus, FileType,
        Frequency, HealthActivity, HealthTheme, Healthcategories, Language, Licence, LicenceType,
        PlannedAvailability, PublisherType, Standard,
    };

    public static Vocabulary? ByName(string name) => All.FirstOrDefault(v => v.Name == name);
}
