using Catalogue.Api.GraphQL.Loaders;
using Catalogue.Domain.Model;
using Catalogue.Domain.Rules;
using Catalogue.Domain.Vocabularies;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Types.Builder;

namespace Catalogue.Api.GraphQL.Graph;

/// <summary>
/// The Dataset type: the record's fields, read from the document loaded with the page (no query per field),
/// plus the publisher (data loader), history and sync state (loaded on demand).
/// </summary>
public static class DatasetType
{
    public static SchemaBuilder AddDataset(this SchemaBuilder s) => s.Object("Dataset", t => t
        .Implements("Node")
        .Get<DatasetRecord>("id", "ID!", r => GlobalId.Encode(GlobalId.Dataset, r.Id), "Global id, for node(id).")
        .Get<DatasetRecord>("uuid", "ID!", r => r.Id.ToString(), "The record's UUID, as REST shows it.")
        .Get<DatasetRecord>("slug", "String!", r => r.Slug)
        .Get<DatasetRecord>("identifier", "String!", r => r.Identifier, "The dct:identifier harvesters key on.")
        .Get<DatasetRecord>("doi", "String", r => r.Doi)
        .Get<DatasetRecord>("conceptDoi", "String", r => r.ConceptDoi)
        .Get<DatasetRecord>("udataId", "String", r => r.UdataId, "The dataset's id on data.gouv.fr, once pushed.")
        .Get<DatasetRecord>("version", "String", r => r.Version)
        .Localized<DatasetRecord>("versionNotes", r => r.VersionNotes)
        .Get<DatasetRecord>("status", "DatasetStatus!", r => r.Status)
        .Get<DatasetRecord>("revision", "Int!", r => r.Revision, "Pass it as expectedRevision when updating.")
        .Get<DatasetRecord>("createdAt", "DateTime!", r => r.CreatedAt)
        .Get<DatasetRecord>("modifiedAt", "DateTime!", r => r.ModifiedAt)
        .Get<DatasetRecord>("issued", "DateTime", r => r.FirstPublishedAt, "First publication.")
        .Get<DatasetRecord>("withdrawnAt", "DateTime", r => r.WithdrawnAt)
        .Get<DatasetRecord>("withdrawalReason", "String", r => r.WithdrawalReason)
        .Localized<DatasetRecord>("title", r => r.Title)
        .Get<DatasetRecord>("titles", "[LocalizedString!]!", r => r.Title.ToList(), "The title in every language given.")
        .Localized<DatasetRecord>("description", r => r.Description)
        .Field("keywords", "[String!]!", f => f.Argument("lang", "String", "Keywords in this language; all languages when omitted.")
            .ResolveFromSource((source, arguments) => Keywords(((DatasetRecord)source!).Keywords, arguments.GetValueOrDefault("lang") as string)))
        .Get<DatasetRecord>("tags", "[String!]!", r => r.Tags)
        .Field("publisher", "Organization", f => f.Resolve(c => Publisher(c, c.Parent<DatasetRecord>())))
        .Get<DatasetRecord>("creators", "[Agent!]!", r => r.Creators)
        .Get<DatasetRecord>("contactPoint", "ContactPoint", r => r.ContactPoint)
        .Get<DatasetRecord>("custodian", "Agent", r => r.Custodian, "The health data holder.")
        .Get<DatasetRecord>("hdab", "Agent", r => r.Hdab, "The health data access body.")
        .Get<DatasetRecord>("documentation", "Documentation!", r => r.Documentation)
        .Get<DatasetRecord>("anonymisation", "Anonymisation!", r => r.Anonymisation)
        .Get<DatasetRecord>("licences", "[Licence!]!", r => SupportTypes.Licences(r.Licenses))
        .Get<DatasetRecord>("accessRights", "AccessRights!", r => r.AccessRights)
        .Get<DatasetRecord>("accessRequestUrl", "String", r => r.AccessRequestUrl)
        .Field("legalBasis", "[String!]!", f => f.Argument("lang", "String", ResolverExtensions.LangDescription)
            .Resolve(c => Texts(c.Parent<DatasetRecord>().LegalBasis, c.Lang())))
        .Field("purposes", "[String!]!", f => f.Argument("lang", "String", ResolverExtensions.LangDescription)
            .Resolve(c => Texts(c.Parent<DatasetRecord>().Purposes, c.Lang())))
        .Get<DatasetRecord>("personalDataCategories", "[String!]!", r => r.PersonalDataCategories)
        .Get<DatasetRecord>("applicableLegislation", "[String!]!", r => r.ApplicableLegislation)
        .Get<DatasetRecord>("themes", "[Concept!]!", r => ConceptValue.Of(Vocabularies.DataTheme, r.Themes))
        .Get<DatasetRecord>("healthCategories", "[Concept!]!", r => ConceptValue.Of(Vocabularies.Healthcategories, r.HealthCategories))
        .Get<DatasetRecord>("healthThemes", "[Concept!]!", r => ConceptValue.Of(Vocabularies.HealthTheme, r.HealthThemes))
        .Get<DatasetRecord>("codingSystems", "[Concept!]!", r => ConceptValue.Of(Vocabularies.CodingSystem, r.CodingSystems))
        .Get<DatasetRecord>("conformsTo", "[Concept!]!", r => ConceptValue.Of(Vocabularies.Standard, r.ConformsTo))
        .Get<DatasetRecord>("languages", "[Concept!]!", r => ConceptValue.Of(Vocabularies.Language, r.Languages))
        .Get<DatasetRecord>("frequency", "Concept", r => r.Frequency is { } f ? ConceptValue.Of(Vocabularies.Frequency, f) : null)
        .Get<DatasetRecord>("temporalCoverage", "[Period!]!", r => r.TemporalCoverage)
        .Get<DatasetRecord>("temporalResolution", "String", r => r.TemporalResolution)
        .Get<DatasetRecord>("spatialCoverage", "[String!]!", r => r.SpatialCoverage, "Zone ids such as country:fr or fr:region:11.")
        .Get<DatasetRecord>("spatialGranularity", "String", r => r.SpatialGranularity)
        .Get<DatasetRecord>("numberOfRecords", "Long", r => r.NumberOfRecords)
        .Get<DatasetRecord>("numberOfUniqueIndividuals", "Long", r => r.NumberOfUniqueIndividuals)
        .Get<DatasetRecord>("minTypicalAge", "Int", r => r.MinTypicalAge)
        .Get<DatasetRecord>("maxTypicalAge", "Int", r => r.MaxTypicalAge)
        .Localized<DatasetRecord>("populationCoverage", r => r.PopulationCoverage)
        .Get<DatasetRecord>("dataDictionary", "[DataTable!]!", r => r.DataDictionary)
        .Field("variables", "[Variable!]!", f => f
            .Argument("name", "String", "Only variables of this name (case-insensitive).")
            .Argument("codingSystem", "String", "Only variables coded with this system.")
            .Description("Variables of every table, flattened.")
            .Resolve(c => DataDictionaryTypes.Filter(c.Parent<DatasetRecord>().DataDictionary.SelectMany(x => x.Variables),
                c.GetArgument<string>("name"), c.GetArgument<string>("codingSystem"))))
        .Field("distributions", "[Distribution!]!", f => f.Argument("role", "DistributionRole", "Only distributions in this role.")
            .Resolve(c => c.GetArgument<DistributionRole?>("role") is { } role
                ? c.Parent<DatasetRecord>().Distributions.Where(d => d.Role == role).ToList()
                : c.Parent<DatasetRecord>().Distributions))
        .Get<DatasetRecord>("landingPage", "String", r => r.LandingPage)
        .Get<DatasetRecord>("pages", "[String!]!", r => r.Pages)
        .Get<DatasetRecord>("isReferencedBy", "[String!]!", r => r.IsReferencedBy, "Publications about the data.")
        .Get<DatasetRecord>("related", "[String!]!", r => r.Related)
        .Field("quality", "Quality!", f => f.Resolve(c => QualityScore.Compute(c.Parent<DatasetRecord>(), c.Graph().Clock.GetUtcNow())))
        .Field("validationReport", "[ValidationIssue!]!", f => f
            .Description("The publication checks as they stand: errors block publication.")
            .ResolveAsync(async c =>
            {
                var r = c.Parent<DatasetRecord>();
                return PublicationChecks.Check(r, await c.OrganizationAsync(r.OrganizationId));
            }))
        .Field("revisions", "[Revision!]!", f => f.Description("Newest first.")
            .ResolveAsync(async c => await c.Graph().RunAsync(async () =>
                await c.Graph().Revisions.ListAsync(c.Parent<DatasetRecord>().Id, c.Graph().Caller, c.CancellationToken))))
        .Field("diff", "[FieldChange!]!", f => f
            .Argument("from", "Int!", "A revision number.").Argument("to", "Int", "A revision number; the current one when omitted.")
            .Description("Field-level changes between two revisions.")
            .ResolveAsync(async c =>
            {
                var r = c.Parent<DatasetRecord>();
                var to = c.GetArgument<int?>("to") ?? r.Revision;
                return await c.Graph().RunAsync(async () =>
                    await c.Graph().Revisions.DiffAsync(r.Id, c.GetArgument<int>("from"), to, c.Graph().Caller, c.CancellationToken));
            }))
        .Field("syncStatus", "[SyncState!]!", f => f.Description("One entry per remote system the record was sent to.")
            .ResolveAsync(async c => await c.SyncStatesAsync(c.Parent<DatasetRecord>().Id)))
        .Field("doiStatus", "DoiStatus!", f => f.ResolveAsync(async c =>
        {
            var r = c.Parent<DatasetRecord>();
            return SyncTypes.Doi(r, await c.SyncStatesAsync(r.Id));
        })),
        "A catalogue record (HealthDCAT-AP dataset).");

    /// <summary>
    /// A loaded publisher is handed over as a value, not a task: a pending task makes the executor complete every
    /// dataset of the page asynchronously.
    /// </summary>
    private static object? Settled(Task<Organization?> load) => load.IsCompletedSuccessfully ? load.Result : load;

    /// <summary>
    /// A publisher the page brought along (named by the record's summary, or its document) is handed over directly
    /// (no task); any other goes through the loader.
    /// </summary>
    private static object? Publisher(ResolveFieldContext c, DatasetRecord r) =>
        c.Graph().PagePublishers.TryGetFor(r, out var named) ? named
        : c.Graph().PagePublishers.TryGet(r.OrganizationId, out var known) ? known : Settled(c.OrganizationAsync(r.OrganizationId));

    private static IReadOnlyList<string> Keywords(LocalizedList keywords, string? lang) =>
        lang is null ? keywords.AllValues
        : keywords.TryGetValue(lang, out var inLang) && inLang.Count > 0 ? inLang
        : keywords.TryGetValue("fr", out var fr) && fr.Count > 0 ? fr
        : keywords.AllValues;

    private static IReadOnlyList<string> Texts(IEnumerable<LocalizedText> texts, string? lang) =>
        texts.Select(t => t.Get(lang)).OfType<string>().ToList();
}
