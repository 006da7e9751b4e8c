using Catalogue.Domain.Model;
using Catalogue.Sync.DataCite.Metadata;

namespace Catalogue.Sync.DataCite.Mapping;

/// <summary>
/// Takes fields edited at DataCite (in Fabrica) back into the record: only the <see cref="DataCiteFields.TwoWay"/>
/// fields, each the inverse of <see cref="RecordToDataCite"/>. Untagged texts get the record's main language.
/// </summary>
public static class DataCiteToRecord
{
    public static DatasetRecord Apply(DatasetRecord r, DataCiteMetadata remote, IEnumerable<string> fields)
    {
        string primary = DataCiteNormaliser.NormaliseLanguage(r.Languages.FirstOrDefault()) ?? "fr";
        foreach (string field in fields)
        {
            switch (field)
            {
                case "titles":
                    r.Title = Text(remote.Titles.Select(t => (t.Lang, t.Title)), primary);
                    break;
                case "descriptions.Abstract":
                    r.Description = Descriptions(remote, "Abstract", primary);
                    break;
                case "descriptions.Methods":
                    r.Documentation.Provenance = Descriptions(remote, "Methods", primary);
                    break;
                case "descriptions.TechnicalInfo":
                    r.Documentation.StructureAndFormat = Descriptions(remote, "TechnicalInfo", primary);
                    break;
                case "version":
                    r.Version = remote.Version;
                    break;
                case "fundingReferences":
                    r.Funding = remote.FundingReferences.Select(f => f.FunderName).ToList();
                    break;
            }
        }
        return r;
    }

    private static LocalizedText Descriptions(DataCiteMetadata remote, string type, string primary) =>
        Text(remote.Descriptions.Where(d => d.DescriptionType == type).Select(d => (d.Lang, d.Description)), primary);

    /// <summary>One text per language; the first wins when DataCite holds two in the same language.</summary>
    private static LocalizedText Text(IEnumerable<(string? Lang, string Text)> values, string primary)
    {
        var text = new LocalizedText();
        foreach ((string? lang, string value) in values)
            text.TryAdd(string.IsNullOrWhiteSpace(lang) ? primary : lang, value);
        return text;
    }
}
