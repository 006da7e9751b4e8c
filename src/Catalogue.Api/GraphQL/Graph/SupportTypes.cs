using Catalogue.Domain.Model;
using Catalogue.Domain.Vocabularies;
using Catalogue.GraphQL.Types.Builder;

namespace Catalogue.Api.GraphQL.Graph;

/// <summary>A code of a controlled vocabulary, with its IRI and labels.</summary>
public sealed record ConceptValue(string Code, string? Iri, Concept? Concept)
{
    public static IReadOnlyList<ConceptValue> Of(Vocabulary vocabulary, IEnumerable<string> codes) =>
        codes.Select(c => Of(vocabulary, c)).ToList();

    public static ConceptValue Of(Vocabulary vocabulary, string code) =>
        vocabulary.Find(code) is { } concept ? new(code, concept.Iri, concept) : new(code, null, null);

    public string Label(string? lang) => Concept?.Label(lang) ?? Code;
}

/// <summary>Small value types shared by datasets and organisations: texts, agents, contacts, periods, codes, licences.</summary>
public static class SupportTypes
{
    public static SchemaBuilder AddSupportTypes(this SchemaBuilder s) => s
        .Object("LocalizedString", t => t
            .Get<KeyValuePair<string, string>>("lang", "String!", p => p.Key, "BCP 47 language tag.")
            .Get<KeyValuePair<string, string>>("value", "String!", p => p.Value),
            "A text in one language.")
        .Object("Concept", t => t
            .Get<ConceptValue>("code", "String!", c => c.Code)
            .Get<ConceptValue>("iri", "String", c => c.Iri, "Null when the code is not in the vocabulary the catalogue ships.")
            .Field("label", "String!", f => f.Argument("lang", "String", ResolverExtensions.LangDescription)
                .Resolve(c => c.Parent<ConceptValue>().Label(c.Lang()))),
            "A code of a controlled vocabulary.")
        .Object("Licence", t => t
            .Get<LicenceEntry>("spdxId", "String!", l => l.SpdxId)
            .Get<LicenceEntry>("euCode", "String!", l => l.EuCode, "Code of the EU licence vocabulary.")
            .Get<LicenceEntry>("euIri", "String", l => Vocabularies.Licence.Find(l.EuCode)?.Iri)
            .Get<LicenceEntry>("udataId", "String!", l => l.UdataId, "The licence id on data.gouv.fr.")
            .Get<LicenceEntry>("title", "String!", l => l.Title)
            .Get<LicenceEntry>("url", "String!", l => l.Url)
            .Get<LicenceEntry>("open", "Boolean!", l => l.Open))
        .Object("ContactPoint", t => t
            .Get<ContactPoint>("name", "String", c => c.Name)
            .Get<ContactPoint>("email", "String", c => c.Email)
            .Get<ContactPoint>("url", "String", c => c.Url)
            .Get<ContactPoint>("telephone", "String", c => c.Telephone))
        .Object("Agent", t => t
            .Get<Agent>("name", "String!", a => a.Name)
            .Get<Agent>("isPerson", "Boolean!", a => a.IsPerson)
            .Get<Agent>("givenName", "String", a => a.GivenName)
            .Get<Agent>("familyName", "String", a => a.FamilyName)
            .Get<Agent>("orcid", "String", a => a.Orcid)
            .Get<Agent>("ror", "String", a => a.Ror)
            .Get<Agent>("affiliation", "String", a => a.Affiliation)
            .Get<Agent>("homepage", "String", a => a.Homepage)
            .Get<Agent>("contactPoint", "ContactPoint", a => a.ContactPoint),
            "A person or organisation acting in a role (creator, custodian, access body).")
        .Object("Period", t => t
            .Get<PeriodOfTime>("start", "Date", p => p.Start)
            .Get<PeriodOfTime>("end", "Date", p => p.End));

    public static IReadOnlyList<LicenceEntry> Licences(IEnumerable<string> spdxIds) =>
        spdxIds.Select(LicenceTable.Find).OfType<LicenceEntry>().ToList();
}
