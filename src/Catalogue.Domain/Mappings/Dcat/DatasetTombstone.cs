using Catalogue.Domain.Model;
using Catalogue.Rdf.Model;
using V = Catalogue.Domain.Vocabularies.Vocabularies;

namespace Catalogue.Domain.Mappings.Dcat;

/// <summary>
/// What a withdrawn record still says, served with 410 Gone at its IRI and listed by the change feed: enough for a
/// harvester to match the record it holds (IRI, dct:identifier) and to learn when and that it was withdrawn.
/// Withdrawn records leave /catalog; the 410 plus the change feed are how harvesters learn of the deletion.
/// </summary>
public static class DatasetTombstone
{
    public static Iri Write(DatasetRecord r, DcatLinks links, DcatEmitter e)
    {
        var ds = links.Dataset(r.Id);
        e.Type(ds, Dcat.Dataset);
        e.Text(ds, Dct.Identifier, r.Identifier);
        e.Texts(ds, Dct.Title, r.Title);
        e.Typed(ds, Dct.Modified, DatasetToDcat.DateTime(r.WithdrawnAt ?? r.ModifiedAt), Xsd.DateTime);
        e.Add(ds, Adms.Status, e.Concept(V.DistributionStatus, "WITHDRAWN"));
        e.Text(ds, new Iri(DcatVocabulary.DctNs + "rights"), r.WithdrawalReason);
        return ds;
    }
}
