using System.Globalization;
using Catalogue.Domain.Model;
using Catalogue.Rdf.Model;
using V = Catalogue.Domain.Vocabularies.Vocabularies;

namespace Catalogue.Domain.Mappings.Dcat;

/// <summary>A page of a paged catalogue, for the Hydra PartialCollectionView harvesters follow (udata, ckanext-dcat).</summary>
public sealed record CatalogPage(Iri Current, Iri First, Iri Last, Iri? Previous, Iri? Next, int TotalItems, int PageSize);

/// <summary>
/// The dcat:Catalog node (SPEC-NOTES §3.3): title, description, exactly one publisher (typed from the ADMS
/// publisher-type scheme, not the health one), the applicable legislation HealthDCAT-AP makes mandatory, and the
/// EU data-theme scheme as theme taxonomy. Datasets are linked one at a time as they stream past.
/// </summary>
public sealed class CatalogToDcat(DcatLinks links, CatalogInfo info)
{
    /// <summary>Emits the catalogue's own description; <paramref name="owner"/> narrows it to one organisation's catalogue.</summary>
    public Iri WriteHeader(DcatEmitter e, Organization? owner = null, DatasetToDcat? datasets = null, DateTimeOffset? modified = null)
    {
        var catalog = owner is null ? links.Catalog : links.OrganizationCatalog(owner.Slug);
        e.Type(catalog, Dcat.Catalog);
        if (owner is null)
        {
            e.Texts(catalog, Dct.Title, info.Title);
            e.Texts(catalog, Dct.Description, info.Description);
            e.Add(catalog, Dct.Publisher, WritePublisher(e));
        }
        else
        {
            e.Add(catalog, Dct.Title, Literal.Lang($"{info.Title.Get("fr")} — {owner.Name}", "fr"));
            e.Add(catalog, Dct.Description, Literal.Lang($"Jeux de données publiés par {owner.Name}.", "fr"));
            e.Add(catalog, Dct.Publisher, (datasets ?? new DatasetToDcat(links)).WriteOrganization(owner, e));
        }
        foreach (var eli in info.ApplicableLegislation) e.Add(catalog, DcatAp.ApplicableLegislation, e.TypedIri(eli, Misc.EliLegalResource));
        e.Add(catalog, Dcat.ThemeTaxonomy, e.Scheme(V.DataTheme));
        foreach (var lang in info.Languages) e.Add(catalog, Dct.Language, e.Concept(V.Language, lang, Dct.LinguisticSystem));
        if (DatasetToDcat.IsAbsolute(info.Homepage)) e.Add(catalog, Foaf.Homepage, e.TypedIri(info.Homepage!, Foaf.Document));
        if (modified is { } m) e.Typed(catalog, Dct.Modified, DatasetToDcat.DateTime(m), Xsd.DateTime);
        return catalog;
    }

    public static void LinkDataset(Iri catalog, Iri dataset, DcatEmitter e) => e.Add(catalog, Dcat.DatasetProp, dataset);

    public static void WritePage(Iri catalog, CatalogPage page, DcatEmitter e)
    {
        e.Add(catalog, Hydra.View, page.Current);
        e.Type(page.Current, Hydra.PartialCollectionView);
        e.Add(page.Current, Hydra.First, page.First);
        e.Add(page.Current, Hydra.Last, page.Last);
        e.Add(page.Current, Hydra.Previous, page.Previous);
        e.Add(page.Current, Hydra.Next, page.Next);
        e.Typed(page.Current, Hydra.TotalItems, page.TotalItems.ToString(CultureInfo.InvariantCulture), Xsd.Integer);
        e.Typed(page.Current, new Iri(DcatVocabulary.HydraNs + "itemsPerPage"), page.PageSize.ToString(CultureInfo.InvariantCulture), Xsd.Integer);
    }

    private Iri WritePublisher(DcatEmitter e)
    {
        var agent = links.CatalogPublisher;
        if (!e.FirstTime(agent.Value)) return agent;
        e.Type(agent, Foaf.Agent);
        e.Add(agent, Foaf.Name, Literal.Plain(info.PublisherName));
        e.Add(agent, Dct.Type, e.Concept(V.AdmsPublisherType, info.PublisherType));
        var contact = new Iri(agent.Value + "-contact");
        e.Add(agent, Cv.ContactPoint, contact);
        e.Type(contact, Cv.ContactPointClass);
        e.Text(contact, Cv.Email, info.PublisherEmail);
        return agent;
    }
}
