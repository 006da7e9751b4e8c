using Catalogue.Rdf.Model;
using Catalogue.Rdf.Writing;
using RdfTerms = Catalogue.Rdf.Model.Rdf;

namespace Catalogue.Domain.Mappings.Dcat;

/// <summary>
/// Namespaces and terms of HealthDCAT-AP Release 8 (SPEC-NOTES §2), in one place so a provisional namespace
/// (healthdcatap:) changes in one line. Terms are interned <see cref="Iri"/>s: the writers compare them by reference first.
/// </summary>
public static class DcatVocabulary
{
    public const string DcatNs = "http://www.w3.org/ns/dcat#";
    public const string DctNs = "http://purl.org/dc/terms/";
    public const string DcatApNs = "http://data.europa.eu/r5r/";
    public const string HealthNs = "http://healthdataportal.eu/ns/health#";
    public const string AdmsNs = "http://www.w3.org/ns/adms#";
    public const string DpvNs = "https://w3id.org/dpv#";
    public const string DpvPdNs = "https://w3id.org/dpv/dpv-pd#";
    public const string DqvNs = "http://www.w3.org/ns/dqv#";
    public const string OaNs = "http://www.w3.org/ns/oa#";
    public const string CvNs = "http://data.europa.eu/m8g/";
    public const string GeoDcatApNs = "http://data.europa.eu/930/";
    public const string CsvwNs = "http://www.w3.org/ns/csvw#";
    public const string FoafNs = "http://xmlns.com/foaf/0.1/";
    public const string VcardNs = "http://www.w3.org/2006/vcard/ns#";
    public const string ProvNs = "http://www.w3.org/ns/prov#";
    public const string EliNs = "http://data.europa.eu/eli/ontology#";
    public const string SkosNs = "http://www.w3.org/2004/02/skos/core#";
    public const string SpdxNs = "http://spdx.org/rdf/terms#";
    /// <summary>Checksum algorithm individuals as the DCAT-AP 3 shapes pattern-match them (https, unlike the class namespace).</summary>
    public const string SpdxAlgorithmNs = "https://spdx.org/rdf/terms#checksumAlgorithm_";
    public const string RdfsNs = "http://www.w3.org/2000/01/rdf-schema#";
    public const string HydraNs = "http://www.w3.org/ns/hydra/core#";
    public const string SchemaNs = "http://schema.org/";
    public const string IanaMediaTypes = "http://www.iana.org/assignments/media-types/";
    /// <summary>The DataCite ontology's DOI scheme: the datatype of a DOI's skos:notation.</summary>
    public const string DataCiteDoi = "http://purl.org/spar/datacite/doi";

    /// <summary>Prefixes every writer declares (Turtle, RDF/XML, JSON-LD context).</summary>
    public static PrefixMap Prefixes() => new(new Dictionary<string, string>
    {
        ["rdf"] = RdfTerms.Ns, ["rdfs"] = RdfsNs, ["xsd"] = Xsd.Ns, ["dcat"] = DcatNs, ["dct"] = DctNs, ["dcatap"] = DcatApNs,
        ["healthdcatap"] = HealthNs, ["adms"] = AdmsNs, ["dpv"] = DpvNs, ["dpvpd"] = DpvPdNs, ["dqv"] = DqvNs, ["oa"] = OaNs,
        ["cv"] = CvNs, ["geodcatap"] = GeoDcatApNs, ["csvw"] = CsvwNs, ["foaf"] = FoafNs, ["vcard"] = VcardNs, ["prov"] = ProvNs,
        ["eli"] = EliNs, ["skos"] = SkosNs, ["spdx"] = SpdxNs, ["hydra"] = HydraNs,
    });
}

public static class Dcat
{
    private static Iri T(string local) => new(DcatVocabulary.DcatNs + local);
    public static readonly Iri Catalog = T("Catalog"), Dataset = T("Dataset"), Distribution = T("Distribution");
    public static readonly Iri DatasetProp = T("dataset"), DistributionProp = T("distribution"), Keyword = T("keyword"), Theme = T("theme");
    public static readonly Iri ThemeTaxonomy = T("themeTaxonomy"), ContactPoint = T("contactPoint"), LandingPage = T("landingPage");
    public static readonly Iri AccessUrl = T("accessURL"), DownloadUrl = T("downloadURL"), MediaType = T("mediaType"), ByteSize = T("byteSize");
    public static readonly Iri StartDate = T("startDate"), EndDate = T("endDate"), TemporalResolution = T("temporalResolution"), Version = T("version");
}

public static class Dct
{
    private static Iri T(string local) => new(DcatVocabulary.DctNs + local);
    public static readonly Iri Title = T("title"), Description = T("description"), Identifier = T("identifier"), AccessRights = T("accessRights");
    public static readonly Iri Publisher = T("publisher"), Creator = T("creator"), Type = T("type"), Provenance = T("provenance");
    public static readonly Iri ConformsTo = T("conformsTo"), Language = T("language"), AccrualPeriodicity = T("accrualPeriodicity");
    public static readonly Iri Temporal = T("temporal"), Spatial = T("spatial"), IsReferencedBy = T("isReferencedBy"), Relation = T("relation");
    public static readonly Iri Issued = T("issued"), Modified = T("modified"), Format = T("format"), License = T("license");
    public static readonly Iri RightsStatement = T("RightsStatement"), LinguisticSystem = T("LinguisticSystem"), Frequency = T("Frequency");
    public static readonly Iri Location = T("Location"), MediaTypeOrExtent = T("MediaTypeOrExtent"), MediaType = T("MediaType");
    public static readonly Iri Standard = T("Standard"), PeriodOfTime = T("PeriodOfTime"), ProvenanceStatement = T("ProvenanceStatement");
    public static readonly Iri LicenseDocument = T("LicenseDocument");
}

public static class DcatAp
{
    public static readonly Iri ApplicableLegislation = new(DcatVocabulary.DcatApNs + "applicableLegislation");
    public static readonly Iri Availability = new(DcatVocabulary.DcatApNs + "availability");
}

public static class Health
{
    private static Iri T(string local) => new(DcatVocabulary.HealthNs + local);
    public static readonly Iri HealthCategory = T("healthCategory"), HealthTheme = T("healthTheme"), HasCodingSystem = T("hasCodingSystem");
    public static readonly Iri HasCodeValues = T("hasCodeValues"), NumberOfRecords = T("numberOfRecords");
    public static readonly Iri NumberOfUniqueIndividuals = T("numberOfUniqueIndividuals"), MinTypicalAge = T("minTypicalAge");
    public static readonly Iri MaxTypicalAge = T("maxTypicalAge"), PopulationCoverage = T("populationCoverage");
    public static readonly Iri RetentionPeriod = T("retentionPeriod"), HasStructuredData = T("hasStructuredData"), Hdab = T("hdab");
    public static readonly Iri HasVariables = T("hasVariables");
}

public static class Adms
{
    private static Iri T(string local) => new(DcatVocabulary.AdmsNs + local);
    public static readonly Iri Identifier = T("identifier"), IdentifierClass = T("Identifier"), Sample = T("sample"), Status = T("status");
    public static readonly Iri VersionNotes = T("versionNotes"), SchemaAgency = T("schemaAgency");
}

public static class Dpv
{
    public static readonly Iri HasPurpose = new(DcatVocabulary.DpvNs + "hasPurpose"), HasLegalBasis = new(DcatVocabulary.DpvNs + "hasLegalBasis");
    public static readonly Iri HasPersonalData = new(DcatVocabulary.DpvNs + "hasPersonalData");
    public static readonly Iri Purpose = new(DcatVocabulary.DpvNs + "Purpose"), LegalBasis = new(DcatVocabulary.DpvNs + "LegalBasis");
    public static readonly Iri PersonalData = new(DcatVocabulary.DpvNs + "PersonalData");
}

public static class Dqv
{
    public static readonly Iri HasQualityAnnotation = new(DcatVocabulary.DqvNs + "hasQualityAnnotation");
    public static readonly Iri QualityCertificate = new(DcatVocabulary.DqvNs + "QualityCertificate");
    public static readonly Iri QualityAssessment = new(DcatVocabulary.DqvNs + "qualityAssessment");
    public static readonly Iri HasTarget = new(DcatVocabulary.OaNs + "hasTarget"), HasBody = new(DcatVocabulary.OaNs + "hasBody");
    public static readonly Iri MotivatedBy = new(DcatVocabulary.OaNs + "motivatedBy"), TextualBody = new(DcatVocabulary.OaNs + "TextualBody");
}

public static class Cv
{
    public static readonly Iri ContactPoint = new(DcatVocabulary.CvNs + "contactPoint"), ContactPointClass = new(DcatVocabulary.CvNs + "ContactPoint");
    public static readonly Iri Email = new(DcatVocabulary.CvNs + "email"), ContactPage = new(DcatVocabulary.CvNs + "contactPage");
    public static readonly Iri Telephone = new(DcatVocabulary.CvNs + "telephone");
    public static readonly Iri Custodian = new(DcatVocabulary.GeoDcatApNs + "custodian");
}

public static class Csvw
{
    private static Iri T(string local) => new(DcatVocabulary.CsvwNs + local);
    public static readonly Iri TableGroup = T("TableGroup"), Table = T("Table"), Column = T("Column"), TableProp = T("table");
    public static readonly Iri ColumnProp = T("column"), Name = T("name"), Title = T("title"), Datatype = T("datatype"), Url = T("url");
    public static readonly Iri PropertyUrl = T("propertyUrl");
}

public static class Foaf
{
    public static readonly Iri Agent = new(DcatVocabulary.FoafNs + "Agent"), Name = new(DcatVocabulary.FoafNs + "name");
    public static readonly Iri Page = new(DcatVocabulary.FoafNs + "page"), Homepage = new(DcatVocabulary.FoafNs + "homepage");
    public static readonly Iri Document = new(DcatVocabulary.FoafNs + "Document");
}

public static class Vcard
{
    public static readonly Iri Kind = new(DcatVocabulary.VcardNs + "Kind"), HasEmail = new(DcatVocabulary.VcardNs + "hasEmail");
    public static readonly Iri HasUrl = new(DcatVocabulary.VcardNs + "hasURL"), Fn = new(DcatVocabulary.VcardNs + "fn");
}

public static class Skos
{
    public static readonly Iri Concept = new(DcatVocabulary.SkosNs + "Concept"), ConceptScheme = new(DcatVocabulary.SkosNs + "ConceptScheme");
    public static readonly Iri PrefLabel = new(DcatVocabulary.SkosNs + "prefLabel"), InScheme = new(DcatVocabulary.SkosNs + "inScheme");
    public static readonly Iri Notation = new(DcatVocabulary.SkosNs + "notation");
}

public static class Misc
{
    public static readonly Iri ProvWasGeneratedBy = new(DcatVocabulary.ProvNs + "wasGeneratedBy"), ProvActivity = new(DcatVocabulary.ProvNs + "Activity");
    public static readonly Iri EliLegalResource = new(DcatVocabulary.EliNs + "LegalResource");
    public static readonly Iri RdfsLabel = new(DcatVocabulary.RdfsNs + "label");
    public static readonly Iri RdfValue = new(RdfTerms.Ns + "value");
    public static readonly Iri SpdxChecksum = new(DcatVocabulary.SpdxNs + "checksum"), SpdxChecksumClass = new(DcatVocabulary.SpdxNs + "Checksum");
    public static readonly Iri SpdxAlgorithm = new(DcatVocabulary.SpdxNs + "algorithm"), SpdxChecksumValue = new(DcatVocabulary.SpdxNs + "checksumValue");
    public static readonly Iri SpdxChecksumAlgorithm = new(DcatVocabulary.SpdxNs + "ChecksumAlgorithm");
    public static readonly Iri HexBinary = new(Xsd.Ns + "hexBinary");
}

public static class Hydra
{
    private static Iri T(string local) => new(DcatVocabulary.HydraNs + local);
    public static readonly Iri PartialCollectionView = T("PartialCollectionView"), View = T("view"), TotalItems = T("totalItems");
    public static readonly Iri First = T("first"), Next = T("next"), Previous = T("previous"), Last = T("last");
}
