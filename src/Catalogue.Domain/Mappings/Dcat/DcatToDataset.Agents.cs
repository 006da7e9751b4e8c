using Catalogue.Domain.Model;
using Catalogue.Rdf.Model;

namespace Catalogue.Domain.Mappings.Dcat;

public sealed partial class DcatToDataset
{
    private static readonly Iri FoafPerson = new(DcatVocabulary.FoafNs + "Person");
    private static readonly Iri VcardOrganizationName = new(DcatVocabulary.VcardNs + "organization-name");

    private static void ReadAgents(GraphReader g, Term ds, DatasetRecord r, ImportedDataset result)
    {
        if (g.Object(ds, Dct.Publisher) is { } publisher)
        {
            result.PublisherIri = (publisher as Iri)?.Value ?? (publisher as Literal)?.Value;
            result.PublisherName = g.Text(publisher, Foaf.Name) ?? (publisher as Literal)?.Value;
        }
        if (g.Object(ds, Health.Hdab) is { } hdab) r.Hdab = Agent(g, hdab);
        if (g.Object(ds, Cv.Custodian) is { } custodian) r.Custodian = Agent(g, custodian);
        r.Creators = g.Objects(ds, Dct.Creator).Select(c => Agent(g, c)).Where(a => a.Name.Length > 0).ToList();
        if (g.Object(ds, Dcat.ContactPoint) is { } contact)
        {
            var email = g.IriOf(contact, Vcard.HasEmail) ?? g.Text(contact, Vcard.HasEmail);
            var cp = new ContactPoint
            {
                Name = g.Text(contact, Vcard.Fn, VcardOrganizationName),
                Email = email is null ? null : Email(email),
                Url = g.IriOf(contact, Vcard.HasUrl),
            };
            if (cp.Email is not null || cp.Url is not null) r.ContactPoint = cp;
            else result.Warn("contactPoint", "The contact point has neither an e-mail nor a URL: dropped.");
        }
    }

    private static Agent Agent(GraphReader g, Term node)
    {
        if (node is Literal l) return new Agent { Name = l.Value.Trim() };
        var id = g.Text(node, Dct.Identifier);
        var agent = new Agent
        {
            Name = g.Text(node, Foaf.Name) ?? "",
            IsPerson = g.HasType(node, FoafPerson),
            Homepage = g.IriOf(node, Foaf.Homepage),
            Ror = id is not null && id.StartsWith("https://ror.org/", StringComparison.Ordinal) ? id : null,
            Orcid = id is not null && id.StartsWith("https://orcid.org/", StringComparison.Ordinal) ? id : null,
        };
        if (g.Object(node, Cv.ContactPoint) is { } cp)
            agent.ContactPoint = new ContactPoint
            {
                Email = g.Text(cp, Cv.Email) is { } e ? Email(e) : null,
                Url = g.IriOf(cp, Cv.ContactPage),
                Telephone = g.Text(cp, Cv.Telephone),
            };
        return agent;
    }

    private static string Email(string value) => value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? value[7..] : value;
}
