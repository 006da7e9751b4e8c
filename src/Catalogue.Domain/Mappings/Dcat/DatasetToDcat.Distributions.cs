using System.Globalization;
using Catalogue.Domain.Model;
using Catalogue.Domain.Vocabularies;
using Catalogue.Rdf.Model;
using V = Catalogue.Domain.Vocabularies.Vocabularies;

namespace Catalogue.Domain.Mappings.Dcat;

public sealed partial class DatasetToDcat
{
    /// <summary>Samples go to adms:sample, everything else to dcat:distribution (documentation files also as foaf:page).</summary>
    private static void WriteDistributions(Iri ds, DatasetRecord r, DcatEmitter e)
    {
        foreach (var d in r.Distributions)
        {
            if (!IsAbsolute(d.AccessUrl)) continue;
            var node = DcatLinks.Node(ds, "distribution-" + d.Id.ToString("N"));
            e.Add(ds, d.Role == DistributionRole.Sample ? Adms.Sample : Dcat.DistributionProp, node);
            WriteDistribution(node, d, r, e);
        }
    }

    private static void WriteDistribution(Iri node, Distribution d, DatasetRecord r, DcatEmitter e)
    {
        e.Type(node, Dcat.Distribution);
        e.Texts(node, Dct.Title, d.Title);
        e.Texts(node, Dct.Description, d.Description);
        e.Add(node, Dcat.AccessUrl, new Iri(d.AccessUrl));
        if (IsAbsolute(d.DownloadUrl)) e.Add(node, Dcat.DownloadUrl, new Iri(d.DownloadUrl!));
        e.Add(node, Dct.Format, e.Concept(V.FileType, d.Format, Dct.MediaTypeOrExtent));
        var mediaType = d.MediaType ?? FormatTable.Find(d.Format)?.MediaType;
        if (mediaType is not null && mediaType.Contains('/')) e.Add(node, Dcat.MediaType, e.TypedIri(DcatVocabulary.IanaMediaTypes + mediaType, Dct.MediaType));
        if (d.ByteSize is >= 0) e.Typed(node, Dcat.ByteSize, d.ByteSize.Value.ToString(CultureInfo.InvariantCulture), Xsd.NonNegativeInteger);
        if (d.Checksum is { Value.Length: > 0 } checksum)
        {
            var sum = new Iri(node.Value + "-checksum");
            e.Add(node, Misc.SpdxChecksum, sum);
            e.Type(sum, Misc.SpdxChecksumClass);
            // The DCAT-AP 3 checksum shape wants the algorithm under https://spdx.org/rdf/terms (sic) and typed.
            e.Add(sum, Misc.SpdxAlgorithm, e.TypedIri(DcatVocabulary.SpdxAlgorithmNs + checksum.Algorithm.ToLowerInvariant(), Misc.SpdxChecksumAlgorithm));
            e.Typed(sum, Misc.SpdxChecksumValue, checksum.Value.ToLowerInvariant(), Misc.HexBinary);
        }
        if (LicenceTable.Find(d.License ?? r.Licenses.FirstOrDefault() ?? "") is { } licence)
            e.Add(node, Dct.License, WriteLicence(licence, e));
        foreach (var eli in r.ApplicableLegislation) e.Add(node, DcatAp.ApplicableLegislation, e.TypedIri(eli, Misc.EliLegalResource));
        e.Add(node, Adms.Status, e.Concept(V.DistributionStatus, d.Status));
        e.Add(node, DcatAp.Availability, e.Concept(V.PlannedAvailability, d.Availability));
        if (d.ConformsTo is { } standard)
            e.Add(node, Dct.ConformsTo, e.Concept(V.Standard, standard, Dct.Standard) ?? (IsAbsolute(standard) ? e.TypedIri(standard, Dct.Standard) : null));
        if (d.Issued is { } issued) e.Typed(node, Dct.Issued, DateTime(issued), Xsd.DateTime);
        if (d.Modified is { } modified) e.Typed(node, Dct.Modified, DateTime(modified), Xsd.DateTime);
    }

    /// <summary>The EU licence NAL concept, as a dct:LicenseDocument typed by its ADMS licence type.</summary>
    private static Iri? WriteLicence(LicenceEntry licence, DcatEmitter e)
    {
        var iri = e.Concept(V.Licence, licence.EuCode, Dct.LicenseDocument);
        if (iri is not null && e.FirstTime(iri.Value + " licence type"))
            e.Add(iri, Dct.Type, e.Concept(V.LicenceType, licence.AdmsType));
        return iri;
    }
}
