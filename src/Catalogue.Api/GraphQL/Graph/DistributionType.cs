using Catalogue.Domain.Model;
using Catalogue.GraphQL.Types.Builder;

namespace Catalogue.Api.GraphQL.Graph;

public static class DistributionType
{
    public static SchemaBuilder AddDistribution(this SchemaBuilder s) => s
        .Object("Checksum", t => t
            .Get<Checksum>("algorithm", "String!", c => c.Algorithm)
            .Get<Checksum>("value", "String!", c => c.Value))
        .Object("Distribution", t => t
            .Get<Distribution>("id", "ID!", d => d.Id.ToString())
            .Localized<Distribution>("title", d => d.Title)
            .Localized<Distribution>("description", d => d.Description)
            .Get<Distribution>("accessUrl", "String!", d => d.AccessUrl)
            .Get<Distribution>("downloadUrl", "String", d => d.DownloadUrl)
            .Get<Distribution>("format", "String", d => d.Format, "Code of the EU file-type vocabulary.")
            .Get<Distribution>("mediaType", "String", d => d.MediaType)
            .Get<Distribution>("byteSize", "Long", d => d.ByteSize)
            .Get<Distribution>("checksum", "Checksum", d => d.Checksum)
            .Get<Distribution>("licence", "Licence", d => d.License is { } l ? Catalogue.Domain.Vocabularies.LicenceTable.Find(l) : null,
                "The distribution's own licence; null means the dataset's first licence applies.")
            .Get<Distribution>("role", "DistributionRole!", d => d.Role)
            .Get<Distribution>("splitCriterion", "String", d => d.SplitCriterion)
            .Get<Distribution>("splitValue", "String", d => d.SplitValue)
            .Get<Distribution>("partIndex", "Int", d => d.PartIndex)
            .Get<Distribution>("isRemote", "Boolean!", d => d.IsRemote, "Hosted elsewhere and referenced by URL (required above 1 GB).")
            .Get<Distribution>("status", "String", d => d.Status)
            .Get<Distribution>("availability", "String", d => d.Availability)
            .Get<Distribution>("issued", "DateTime", d => d.Issued)
            .Get<Distribution>("modified", "DateTime", d => d.Modified)
            .Get<Distribution>("udataResourceId", "String", d => d.UdataResourceId),
            "A file or access point of a dataset.");
}
