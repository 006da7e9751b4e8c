using Catalogue.Domain.Model;
using Catalogue.Domain.Vocabularies;
using Catalogue.GraphQL.Types.Builder;

namespace Catalogue.Api.GraphQL.Graph;

/// <summary>A publishing organisation, with the datasets the caller can see.</summary>
public static class OrganizationType
{
    public static SchemaBuilder AddOrganization(this SchemaBuilder s) => s.Object("Organization", t => t
        .Implements("Node")
        .Get<Organization>("id", "ID!", o => GlobalId.Encode(GlobalId.Organization, o.Id), "Global id, for node(id).")
        .Get<Organization>("uuid", "ID!", o => o.Id.ToString())
        .Get<Organization>("slug", "String!", o => o.Slug)
        .Get<Organization>("name", "String!", o => o.Name)
        .Get<Organization>("acronym", "String", o => o.Acronym)
        .Get<Organization>("type", "Concept", o => o.Type is { } code ? ConceptValue.Of(Vocabularies.PublisherType, code) : null, "HealthData@EU publisher type.")
        .Get<Organization>("description", "String", o => o.Description)
        .Get<Organization>("homepage", "String", o => o.Homepage)
        .Get<Organization>("ror", "String", o => o.Ror)
        .Get<Organization>("udataId", "String", o => o.UdataId, "The organisation's id on data.gouv.fr.")
        .Get<Organization>("contactPoint", "ContactPoint!", o => o.ContactPoint)
        .Get<Organization>("createdAt", "DateTime!", o => o.CreatedAt)
        .Get<Organization>("modifiedAt", "DateTime!", o => o.ModifiedAt)
        .Field("datasets", "DatasetConnection!", f => f.DatasetListArguments()
            .Resolve(c => ConnectionTypes.Resolve(c, c.Parent<Organization>().Id))),
        "A publishing organisation. Datasets are deposited under an organisation.");
}
