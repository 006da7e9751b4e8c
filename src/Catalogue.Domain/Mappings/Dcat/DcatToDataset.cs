using System.Globalization;
using Catalogue.Domain.Model;
using Catalogue.Domain.Vocabularies;
using Catalogue.Rdf.Model;
using V = Catalogue.Domain.Vocabularies.Vocabularies;

namespace Catalogue.Domain.Mappings.Dcat;

/// <summary>
/// A parsed DCAT / HealthDCAT-AP graph → records, for import. Tolerant by design: feeds written by others use
/// DCAT-AP 1, 2 and 3 spellings, HTML descriptions, odd dates and codes outside our vocabularies. A code we do not
/// know is dropped with a warning (never invented, never a crash); only a dataset with no identity or no title
/// is rejected.
/// </summary>
public sealed partial class DcatToDataset(DcatLinks links, string defaultLanguage = "fr")
{
    private static readonly Iri OwlVersionInfo = new("http://www.w3.org/2002/07/owl#versionInfo");
    private static readonly Iri SchemaStartDate = new(DcatVocabulary.SchemaNs + "startDate"), SchemaEndDate = new(DcatVocabulary.SchemaNs + "endDate");
    private static readonly Iri DcatSeries = new(DcatVocabulary.DcatNs + "DatasetSeries");

    public IReadOnlyList<ImportedDataset> Read(IEnumerable<Triple> triples)
    {
        var g = new GraphReader(triples);
        var subjects = g.SubjectsOfType(Dcat.Dataset).ToList();
        return subjects.Where(s => !g.HasType(s, Dcat.Catalog)).Select(s => g.HasType(s, DcatSeries) ? Series(s) : ReadDataset(g, s)).ToList();
    }

    /// <summary>A series groups datasets; it is not a record itself, so it is reported rather than silently skipped.</summary>
    private static ImportedDataset Series(Term s)
    {
        var result = new ImportedDataset(s);
        result.Reject("$", "A dcat:DatasetSeries is not imported as a record; its member datasets are.");
        return result;
    }

    private ImportedDataset ReadDataset(GraphReader g, Term ds)
    {
        var result = new ImportedDataset(ds);
        var r = new DatasetRecord();
        result.Record = r;
        if (ds is Iri iri && links.DatasetId(iri.Value) is { } ownId) r.Id = ownId;
        r.Identifier = g.Text(ds, Dct.Identifier) ?? (ds is Iri i ? i.Value : "");
        if (r.Identifier.Length == 0) result.Reject("identifier", "The dataset has neither a dct:identifier nor an IRI.");
        r.Title = g.Localized(ds, defaultLanguage, null, Dct.Title);
        if (r.Title.IsEmpty) result.Reject("title", "The dataset has no dct:title.");
        r.Description = g.Localized(ds, defaultLanguage, HtmlToText.Convert, Dct.Description);
        foreach (var l in g.Literals(ds, Dcat.Keyword))
        {
            var lang = l.Language?.Split('-')[0] ?? defaultLanguage;
            if (!r.Keywords.TryGetValue(lang, out var list)) r.Keywords[lang] = list = new List<string>();
            if (l.Value.Trim() is { Length: > 0 } word && !list.Contains(word)) list.Add(word);
        }

        ReadClassification(g, ds, r, result);
        ReadRights(g, ds, r, result);
        ReadCoverage(g, ds, r, result);
        ReadAgents(g, ds, r, result);
        ReadLinks(g, ds, r, result);
        ReadDistributions(g, ds, r, result);
        ReadVariables(g, ds, r);
        if (result.Errors.Count == 0) DcatImportRepair.Repair(result);
        return result;
    }

    private static void ReadClassification(GraphReader g, Term ds, DatasetRecord r, ImportedDataset result)
    {
        r.Themes = Codes(g, ds, Dcat.Theme, V.DataTheme, "themes", result);
        r.HealthCategories = Codes(g, ds, Health.HealthCategory, V.Healthcategories, "healthCategories", result);
        r.HealthThemes = Codes(g, ds, Health.HealthTheme, V.HealthTheme, "healthThemes", result);
        r.CodingSystems = Codes(g, ds, Health.HasCodingSystem, V.CodingSystem, "codingSystems", result);
        r.CodeValues = g.Literals(ds, Health.HasCodeValues).Select(l => l.Value.Trim()).Where(v => v.Length > 0).Distinct().ToList();
        r.DatasetTypes = Codes(g, ds, Dct.Type, V.DatasetType, "datasetTypes", result);
        r.ConformsTo = Codes(g, ds, Dct.ConformsTo, V.Standard, "conformsTo", result);
        r.Languages = Codes(g, ds, Dct.Language, V.Language, "languages", result);
        r.Frequency = Codes(g, ds, Dct.AccrualPeriodicity, V.Frequency, "frequency", result).FirstOrDefault();
        if (g.Object(ds, Misc.ProvWasGeneratedBy) is { } activity)
            r.GeneratedBy = Codes(g, activity, Dct.Type, V.HealthActivity, "generatedBy", result).FirstOrDefault();
        r.NumberOfRecords = Number(g, ds, Health.NumberOfRecords, "numberOfRecords", result);
        r.NumberOfUniqueIndividuals = Number(g, ds, Health.NumberOfUniqueIndividuals, "numberOfUniqueIndividuals", result);
        r.MinTypicalAge = (int?)Number(g, ds, Health.MinTypicalAge, "minTypicalAge", result);
        r.MaxTypicalAge = (int?)Number(g, ds, Health.MaxTypicalAge, "maxTypicalAge", result);
    }

    private void ReadRights(GraphReader g, Term ds, DatasetRecord r, ImportedDataset result)
    {
        var access = Codes(g, ds, Dct.AccessRights, V.AccessRight, "accessRights", result).FirstOrDefault();
        if (AccessLevelCodes.FromCode(access) is { } level) r.AccessRights = level;
        else result.Warn("accessRights", access is null
            ? "No access right: the dataset is imported as PUBLIC."
            : $"Access right '{access}' is not one of PUBLIC, RESTRICTED, NON_PUBLIC: imported as PUBLIC.");
        r.ApplicableLegislation = g.Iris(ds, DcatAp.ApplicableLegislation).Distinct().ToList();
        r.Purposes = g.Objects(ds, Dpv.HasPurpose).Select(n => Described(g, n)).Where(t => !t.IsEmpty).ToList();
        r.LegalBasis = g.Objects(ds, Dpv.HasLegalBasis).Select(n => Described(g, n)).Where(t => !t.IsEmpty).ToList();
        foreach (var pd in g.Iris(ds, Dpv.HasPersonalData))
            if (pd.StartsWith(DcatVocabulary.DpvPdNs, StringComparison.Ordinal) && pd.Length > DcatVocabulary.DpvPdNs.Length)
                r.PersonalDataCategories.Add(pd[DcatVocabulary.DpvPdNs.Length..]);
            else result.Warn("personalDataCategories", $"'{pd}' is not a DPV personal-data category: dropped.");
        if (g.Object(ds, Health.RetentionPeriod) is { } retention) r.RetentionPeriod = Period(g, retention, "retentionPeriod", result);
        if (g.Object(ds, Dct.Provenance) is { } provenance)
            r.Documentation.Provenance = g.Localized(provenance, defaultLanguage, HtmlToText.Convert, Misc.RdfsLabel, Dct.Description);
    }

    private void ReadCoverage(GraphReader g, Term ds, DatasetRecord r, ImportedDataset result)
    {
        foreach (var node in g.Objects(ds, Dct.Temporal))
            if (Period(g, node, "temporalCoverage", result) is { } p) r.TemporalCoverage.Add(p);
        r.TemporalResolution = g.Text(ds, Dcat.TemporalResolution);
        foreach (var place in g.Iris(ds, Dct.Spatial))
            if (SpatialTable.FindZoneByIri(Http(place)) is { } zone) r.SpatialCoverage.Add(zone.Id);
            else result.Warn("spatialCoverage", $"'{place}' is not a zone the catalogue knows: dropped.");
        r.PopulationCoverage = g.Localized(ds, defaultLanguage, null, Health.PopulationCoverage);
    }

    private void ReadLinks(GraphReader g, Term ds, DatasetRecord r, ImportedDataset result)
    {
        r.LandingPage = g.Iris(ds, Dcat.LandingPage).FirstOrDefault(DatasetToDcat.IsAbsolute);
        r.Pages = g.Iris(ds, Foaf.Page).Where(DatasetToDcat.IsAbsolute).Distinct().ToList();
        foreach (var link in g.Iris(ds, Dcat.LandingPage, Foaf.Page).Where(l => !DatasetToDcat.IsAbsolute(l)))
            result.Warn(g.Iris(ds, Dcat.LandingPage).Contains(link) ? "landingPage" : "pages", $"'{link}' is not an http(s) link: dropped.");
        r.IsReferencedBy = g.Iris(ds, Dct.IsReferencedBy).Distinct().ToList();
        r.Related = g.Iris(ds, Dct.Relation).Distinct().ToList();
        r.Version = g.Text(ds, Dcat.Version, OwlVersionInfo);
        r.VersionNotes = g.Localized(ds, defaultLanguage, null, Adms.VersionNotes);
        foreach (var node in g.Objects(ds, Adms.Identifier))
        {
            var notation = node is Literal l ? l.Value : g.Text(node, Skos.Notation);
            if (string.IsNullOrWhiteSpace(notation)) continue;
            var agency = g.Text(node, Adms.SchemaAgency);
            var isDoi = g.Literals(node, Skos.Notation).Any(n => n.Datatype.Value == DcatVocabulary.DataCiteDoi) || agency == "DataCite";
            var scheme = isDoi ? "doi" : agency == "data.gouv.fr" ? "udata" : agency ?? "other";
            if (notation.Trim() != r.Identifier) r.OtherIdentifiers.Add(new OtherIdentifier { Scheme = scheme, Value = notation.Trim() });
        }
    }

    private LocalizedText Described(GraphReader g, Term node) =>
        node is Literal l ? new LocalizedText { [l.Language ?? defaultLanguage] = l.Value }
        : g.Localized(node, defaultLanguage, HtmlToText.Convert, Dct.Description, Misc.RdfsLabel);

    private static PeriodOfTime? Period(GraphReader g, Term node, string path, ImportedDataset result)
    {
        var startText = g.Text(node, Dcat.StartDate, SchemaStartDate);
        var endText = g.Text(node, Dcat.EndDate, SchemaEndDate);
        var start = DcatDates.ParseDate(startText);
        var end = DcatDates.ParseDate(endText);
        if (startText is not null && start is null) result.Warn(path, $"Unreadable start date '{startText}': dropped.");
        if (endText is not null && end is null) result.Warn(path, $"Unreadable end date '{endText}': dropped.");
        return start is null && end is null ? null : new PeriodOfTime { Start = start, End = end };
    }

    /// <summary>Codes of one vocabulary named by the objects (IRIs, http or https, or bare codes); others dropped with a warning.</summary>
    private static List<string> Codes(GraphReader g, Term s, Iri p, Vocabulary vocabulary, string path, ImportedDataset result)
    {
        var codes = new List<string>();
        foreach (var o in g.Objects(s, p))
        {
            var text = o switch { Iri i => i.Value, Literal l => l.Value.Trim(), _ => null };
            if (text is null) continue;
            var concept = vocabulary.FindByIri(Http(text)) ?? vocabulary.FindByIri(text) ?? vocabulary.Find(text) ?? vocabulary.Find(text.ToUpperInvariant());
            if (concept is null) result.Warn(path, $"'{text}' is not in the {vocabulary.Name} vocabulary: dropped.");
            else if (!codes.Contains(concept.Code)) codes.Add(concept.Code);
        }
        return codes;
    }

    private static long? Number(GraphReader g, Term s, Iri p, string path, ImportedDataset result)
    {
        var text = g.Text(s, p);
        if (text is null) return null;
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && n >= 0 && n <= long.MaxValue) return (long)n;
        result.Warn(path, $"'{text}' is not a non-negative number: dropped.");
        return null;
    }

    /// <summary>EU vocabularies are published under http; some feeds write https.</summary>
    private static string Http(string iri) => iri.StartsWith("https://publications.europa.eu/", StringComparison.Ordinal) ? "http" + iri[5..] : iri;
}
