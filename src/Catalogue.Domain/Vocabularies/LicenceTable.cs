namespace Catalogue.Domain.Vocabularies;

/// <summary>
/// One row per licence the catalogue accepts. Our canonical id is the SPDX id (DataCite wants SPDX);
/// each row names the same licence in the EU licence NAL (DCAT), in udata (data.gouv.fr) and its ADMS licence type.
/// </summary>
public sealed record LicenceEntry(string SpdxId, string EuCode, string UdataId, string Title, string Url, string AdmsType, bool Open);

public static class LicenceTable
{
    public static readonly IReadOnlyList<LicenceEntry> All = new LicenceEntry[]
    {
        new("etalab-2.0", "ETALAB_2_0", "lov2", "Licence Ouverte / Open Licence version 2.0", "https://www.etalab.gouv.fr/licence-ouverte-open-licence", "Attribution", true),
        new("CC-BY-4.0", "CC_BY_4_0", "cc-by", "Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/", "Attribution", true),
        new("CC-BY-SA-4.0", "CC_BYSA_4_0", "cc-by-sa", "Creative Commons Attribution-ShareAlike 4.0 International", "https://creativecommons.org/licenses/by-sa/4.0/", "ViralEffect-ShareAlike", true),
        new("CC0-1.0", "CC0", "cc-zero", "Creative Commons CC0 1.0 Universal", "https://creativecommons.org/publicdomain/zero/1.0/", "PublicDomain", true),
        new("ODbL-1.0", "ODC_BL", "odc-odbl", "Open Data Commons Open Database License 1.0", "https://opendatacommons.org/licenses/odbl/1-0/", "ViralEffect-ShareAlike", true),
    };

    /// <summary>The guide's recommended pair: Etalab 2.0 and CC-BY 4.0 together.</summary>
    public static readonly IReadOnlyList<string> RecommendedPair = new[] { "etalab-2.0", "CC-BY-4.0" };

    public static LicenceEntry? Find(string spdxId) =>
        All.FirstOrDefault(l => string.Equals(l.SpdxId, spdxId, StringComparison.OrdinalIgnoreCase));
    public static LicenceEntry? FindByUdata(string? udataId) => All.FirstOrDefault(l => l.UdataId == udataId);
    public static LicenceEntry? FindByEuIri(string iri) => All.FirstOrDefault(l => Vocabularies.Licence.Get(l.EuCode).Iri == iri);
}
