using System.Globalization;
using Catalogue.Domain.Model;
using Catalogue.Domain.Rules;
using Catalogue.Domain.Vocabularies;
using Catalogue.Rdf.Model;
using V = Catalogue.Domain.Vocabularies.Vocabularies;

namespace Catalogue.Domain.Mappings.Dcat;

/// <summary>
/// One record (and its publishing organisation) → HealthDCAT-AP Release 8 triples (SPEC-NOTES §3). Codes are turned
/// into IRIs through the vocabulary tables only; every concept is declared with its scheme through the
/// <see cref="DcatEmitter"/>, and every object gets the class its DCAT-AP range shape requires (SPEC-NOTES §7.6).
/// The caller flushes the emitter after each record, so a feed holds one record in memory at a time.
/// </summary>
public sealed partial class DatasetToDcat(DcatLinks links)
{
    public DcatLinks Links { get; } = links;

    /// <summary>Emits the record; returns its dataset IRI.</summary>
    public Iri Write(DatasetRecord r, Organization? publisher, DcatEmitter e)
    {
        var ds = Links.Dataset(r.Id);
        e.Type(ds, Dcat.Dataset);
        e.Text(ds, Dct.Identifier, r.Identifier);
        e.Texts(ds, Dct.Title, r.Title);
        e.Texts(ds, Dct.Description, r.Description);
        foreach (var (lang, words) in r.Keywords)
            foreach (var word in words.Where(w => !string.IsNullOrWhiteSpace(w))) e.Add(ds, Dcat.Keyword, Literal.Lang(word, lang));

        WriteClassification(ds, r, e);
        WriteRights(ds, r, e);
        WriteCoverage(ds, r, e);
        WriteHealthFigures(ds, r, e);
        WriteAgents(ds, r, publisher, e);
        WriteLinks(ds, r, e);
        WriteIdentifiers(ds, r, e);
        WriteDistributions(ds, r, e);
        WriteVariables(ds, r, e);
        WriteQuality(ds, r, e);
        return ds;
    }

    private static void WriteClassification(Iri ds, DatasetRecord r, DcatEmitter e)
    {
        foreach (var c in r.Themes) e.Add(ds, Dcat.Theme, e.Concept(V.DataTheme, c));
        foreach (var c in r.HealthCategories) e.Add(ds, Health.HealthCategory, e.Concept(V.Healthcategories, c));
        foreach (var c in r.HealthThemes) e.Add(ds, Health.HealthTheme, e.Concept(V.HealthTheme, c));
        foreach (var c in r.CodingSystems) e.Add(ds, Health.HasCodingSystem, e.Concept(V.CodingSystem, c, Dct.Standard));
        foreach (var v in r.CodeValues) e.Text(ds, Health.HasCodeValues, v);
        foreach (var c in r.DatasetTypes) e.Add(ds, Dct.Type, e.Concept(V.DatasetType, c));
        foreach (var c in r.ConformsTo) e.Add(ds, Dct.ConformsTo, e.Concept(V.Standard, c, Dct.Standard));
        foreach (var c in r.Languages) e.Add(ds, Dct.Language, e.Concept(V.Language, c, Dct.LinguisticSystem));
        e.Add(ds, Dct.AccrualPeriodicity, e.Concept(V.Frequency, r.Frequency, Dct.Frequency));
        if (e.Concept(V.HealthActivity, r.GeneratedBy) is { } activityType)
        {
            var activity = DcatLinks.Node(ds, "generation");
            e.Add(ds, Misc.ProvWasGeneratedBy, activity);
            e.Type(activity, Misc.ProvActivity);
            e.Add(activity, Dct.Type, activityType);
        }
    }

    private static void WriteRights(Iri ds, DatasetRecord r, DcatEmitter e)
    {
        e.Add(ds, Dct.AccessRights, e.Concept(V.AccessRight, r.AccessRights.ToCode(), Dct.RightsStatement));
        foreach (var eli in r.ApplicableLegislation) e.Add(ds, DcatAp.ApplicableLegislation, e.TypedIri(eli, Misc.EliLegalResource));
        for (var i = 0; i < r.Purposes.Count; i++)
            Described(ds, Dpv.HasPurpose, DcatLinks.Node(ds, $"purpose-{i + 1}"), Dpv.Purpose, r.Purposes[i], e);
        for (var i = 0; i < r.LegalBasis.Count; i++)
            Described(ds, Dpv.HasLegalBasis, DcatLinks.Node(ds, $"legal-basis-{i + 1}"), Dpv.LegalBasis, r.LegalBasis[i], e);
        foreach (var category in r.PersonalDataCategories)
            e.Add(ds, Dpv.HasPersonalData, e.TypedIri(DcatVocabulary.DpvPdNs + category, Dpv.PersonalData));
        if (r.RetentionPeriod is { } retention) Period(ds, Health.RetentionPeriod, DcatLinks.Node(ds, "retention"), retention, e);
        if (!r.Documentation.Provenance.IsEmpty)
            Described(ds, Dct.Provenance, DcatLinks.Node(ds, "provenance"), Dct.ProvenanceStatement, r.Documentation.Provenance, e, Misc.RdfsLabel);
    }

    private static void WriteCoverage(Iri ds, DatasetRecord r, DcatEmitter e)
    {
        for (var i = 0; i < r.TemporalCoverage.Count; i++)
            Period(ds, Dct.Temporal, DcatLinks.Node(ds, $"temporal-{i + 1}"), r.TemporalCoverage[i], e);
        if (!string.IsNullOrWhiteSpace(r.TemporalResolution)) e.Typed(ds, Dcat.TemporalResolution, r.TemporalResolution, Xsd.Duration);
        foreach (var zoneId in r.SpatialCoverage)
            if (SpatialTable.FindZone(zoneId) is { } zone)
            {
                var location = e.TypedIri(zone.Iri, Dct.Location);
                if (e.FirstTime(zone.Iri + " label")) e.Add(location, Skos.PrefLabel, Literal.Lang(zone.Name, "fr"));
                e.Add(ds, Dct.Spatial, location);
            }
    }

    private static void WriteHealthFigures(Iri ds, DatasetRecord r, DcatEmitter e)
    {
        Count(ds, Health.NumberOfRecords, r.NumberOfRecords, e);
        Count(ds, Health.NumberOfUniqueIndividuals, r.NumberOfUniqueIndividuals, e);
        Count(ds, Health.MinTypicalAge, r.MinTypicalAge, e);
        Count(ds, Health.MaxTypicalAge, r.MaxTypicalAge, e);
        e.Texts(ds, Health.PopulationCoverage, r.PopulationCoverage);
        e.Typed(ds, Health.HasStructuredData, r.HasStructuredData ? "true" : "false", Xsd.Boolean);
    }

    private static void WriteLinks(Iri ds, DatasetRecord r, DcatEmitter e)
    {
        if (IsAbsolute(r.LandingPage)) e.Add(ds, Dcat.LandingPage, e.TypedIri(r.LandingPage!, Foaf.Document));
        foreach (var page in r.Pages.Where(IsAbsolute)) e.Add(ds, Foaf.Page, e.TypedIri(page, Foaf.Document));
        foreach (var doc in r.Distributions.Where(d => d.Role == DistributionRole.Documentation))
            if (IsAbsolute(doc.DownloadUrl ?? doc.AccessUrl)) e.Add(ds, Foaf.Page, e.TypedIri(doc.DownloadUrl ?? doc.AccessUrl, Foaf.Document));
        foreach (var reference in r.IsReferencedBy) e.Add(ds, Dct.IsReferencedBy, AsIri(reference));
        foreach (var related in r.Related) e.Add(ds, Dct.Relation, AsIri(related));
        e.Text(ds, Dcat.Version, r.Version);
        e.Texts(ds, Adms.VersionNotes, r.VersionNotes);
        if (r.Issued is { } issued) e.Typed(ds, Dct.Issued, issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Xsd.Date);
        if (r.ModifiedAt != default) e.Typed(ds, Dct.Modified, DateTime(r.ModifiedAt), Xsd.DateTime);
    }

    private static void WriteIdentifiers(Iri ds, DatasetRecord r, DcatEmitter e)
    {
        if (!string.IsNullOrWhiteSpace(r.Doi)) Identifier(ds, "doi", r.Doi, "DataCite", e, new Iri(DcatVocabulary.DataCiteDoi));
        if (!string.IsNullOrWhiteSpace(r.UdataId)) Identifier(ds, "udata", r.UdataId, "data.gouv.fr", e);
        foreach (var other in r.OtherIdentifiers.Where(o => !string.IsNullOrWhiteSpace(o.Value)))
            Identifier(ds, $"{other.Scheme}-{other.Value}", other.Value, other.Scheme, e,
                other.Scheme == "doi" ? new Iri(DcatVocabulary.DataCiteDoi) : null);
    }

    private static void Identifier(Iri ds, string key, string value, string agency, DcatEmitter e, Iri? datatype = null)
    {
        var node = DcatLinks.Node(ds, "identifier-" + key);
        e.Add(ds, Adms.Identifier, node);
        e.Type(node, Adms.IdentifierClass);
        e.Add(node, Skos.Notation, datatype is null ? Literal.Plain(value) : Literal.Typed(value, datatype));
        e.Text(node, Adms.SchemaAgency, agency);
    }

    /// <summary>The quality score as a DQV quality certificate whose body states the score (SPEC-NOTES §8).</summary>
    private static void WriteQuality(Iri ds, DatasetRecord r, DcatEmitter e)
    {
        var report = QualityScore.Compute(r, r.ModifiedAt);
        var certificate = DcatLinks.Node(ds, "quality");
        var body = DcatLinks.Node(ds, "quality-score");
        e.Add(ds, Dqv.HasQualityAnnotation, certificate);
        e.Type(certificate, Dqv.QualityCertificate);
        e.Add(certificate, Dqv.HasTarget, ds);
        e.Add(certificate, Dqv.MotivatedBy, Dqv.QualityAssessment);
        e.Add(certificate, Dqv.HasBody, body);
        e.Type(body, Dqv.TextualBody);
        e.Add(body, Misc.RdfValue, Literal.Typed(report.Score.ToString(CultureInfo.InvariantCulture), Xsd.Integer));
        e.Add(body, Dct.Description, Literal.Lang($"Score de qualité du catalogue : {report.Score}/100", "fr"));
    }

    private static void Described(Iri owner, Iri property, Iri node, Iri type, LocalizedText text, DcatEmitter e, Iri? textProperty = null)
    {
        e.Add(owner, property, node);
        e.Type(node, type);
        e.Texts(node, textProperty ?? Dct.Description, text);
    }

    private static void Period(Iri owner, Iri property, Iri node, PeriodOfTime period, DcatEmitter e)
    {
        e.Add(owner, property, node);
        e.Type(node, Dct.PeriodOfTime);
        if (period.Start is { } start) e.Typed(node, Dcat.StartDate, start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Xsd.Date);
        if (period.End is { } end) e.Typed(node, Dcat.EndDate, end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Xsd.Date);
    }

    private static void Count(Iri ds, Iri property, long? value, DcatEmitter e)
    {
        if (value is >= 0) e.Typed(ds, property, value.Value.ToString(CultureInfo.InvariantCulture), Xsd.NonNegativeInteger);
    }

    internal static string DateTime(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static bool IsAbsolute(string? url) => url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https";

    /// <summary>A publication reference: a URL as is, a bare DOI as its https://doi.org IRI, anything else dropped.</summary>
    private static Iri? AsIri(string reference) =>
        IsAbsolute(reference) ? new Iri(reference)
        : reference.StartsWith("10.", StringComparison.Ordinal) ? new Iri("https://doi.org/" + reference) : null;
}
