using Catalogue.Domain.Model;
using Catalogue.Rdf.Model;
using V = Catalogue.Domain.Vocabularies.Vocabularies;

namespace Catalogue.Domain.Mappings.Dcat;

public sealed partial class DatasetToDcat
{
    private static readonly Iri FoafPerson = new(DcatVocabulary.FoafNs + "Person");

    /// <summary>
    /// Publisher, HDAB, custodian and creators as foaf:Agents (SPEC-NOTES §3.4). The health shapes want exactly one
    /// cv:contactPoint on the publisher, HDAB and custodian; a custodian recorded without one borrows the publisher's,
    /// since the publisher is who answers for the record.
    /// </summary>
    private void WriteAgents(Iri ds, DatasetRecord r, Organization? publisher, DcatEmitter e)
    {
        if (publisher is not null) e.Add(ds, Dct.Publisher, WriteOrganization(publisher, e));
        if (r.Hdab is { } hdab) e.Add(ds, Health.Hdab, WriteAgent(DcatLinks.Node(ds, "hdab"), hdab, hdab.ContactPoint ?? publisher?.ContactPoint, e));
        if (r.Custodian is { } custodian)
            e.Add(ds, Cv.Custodian, WriteAgent(DcatLinks.Node(ds, "custodian"), custodian, custodian.ContactPoint ?? publisher?.ContactPoint, e));
        for (var i = 0; i < r.Creators.Count; i++)
            e.Add(ds, Dct.Creator, WriteAgent(DcatLinks.Node(ds, $"creator-{i + 1}"), r.Creators[i], r.Creators[i].ContactPoint, e));
        if (r.ContactPoint is { } contact && (contact.Email is not null || IsAbsolute(contact.Url)))
        {
            var kind = DcatLinks.Node(ds, "contact");
            e.Add(ds, Dcat.ContactPoint, kind);
            e.Type(kind, Vcard.Kind);
            e.Text(kind, Vcard.Fn, contact.Name);
            if (contact.Email is not null) e.Add(kind, Vcard.HasEmail, new Iri("mailto:" + contact.Email));
            if (IsAbsolute(contact.Url)) e.Add(kind, Vcard.HasUrl, new Iri(contact.Url!));
        }
    }

    /// <summary>The organisation as the datasets' publisher, described once per document.</summary>
    public Iri WriteOrganization(Organization org, DcatEmitter e)
    {
        var agent = Links.Organization(org.Id);
        if (!e.FirstTime(agent.Value)) return agent;
        e.Type(agent, Foaf.Agent);
        e.Add(agent, Foaf.Name, Literal.Plain(org.Name));
        e.Add(agent, Dct.Type, e.Concept(V.PublisherType, org.Type));
        e.Text(agent, Dct.Description, org.Description);
        if (IsAbsolute(org.Homepage)) e.Add(agent, Foaf.Homepage, e.TypedIri(org.Homepage!, Foaf.Document));
        ContactPoint(agent, org.ContactPoint, e);
        return agent;
    }

    private static Iri WriteAgent(Iri node, Agent a, ContactPoint? contact, DcatEmitter e)
    {
        e.Type(node, Foaf.Agent);
        if (a.IsPerson) e.Type(node, FoafPerson);
        e.Add(node, Foaf.Name, Literal.Plain(string.IsNullOrWhiteSpace(a.Name) ? a.FamilyName ?? "?" : a.Name));
        // ROR and ORCID are the agent's persistent identifiers; dct:identifier keeps them as the literal DataCite also uses.
        e.Text(node, Dct.Identifier, a.Ror ?? a.Orcid);
        if (IsAbsolute(a.Homepage)) e.Add(node, Foaf.Homepage, e.TypedIri(a.Homepage!, Foaf.Document));
        if (contact is not null) ContactPoint(node, contact, e);
        return node;
    }

    private static void ContactPoint(Iri agent, ContactPoint contact, DcatEmitter e)
    {
        if (contact.Email is null && !IsAbsolute(contact.Url)) return;
        var node = new Iri(agent.Value + (agent.Value.Contains('#') ? "-contact" : "#contact"));
        e.Add(agent, Cv.ContactPoint, node);
        e.Type(node, Cv.ContactPointClass);
        e.Text(node, Cv.Email, contact.Email);
        if (IsAbsolute(contact.Url)) e.Add(node, Cv.ContactPage, new Iri(contact.Url!));
        e.Text(node, Cv.Telephone, contact.Telephone);
    }
}
