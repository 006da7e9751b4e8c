using Catalogue.GraphQL.Types.Builder;

namespace Catalogue.Api.GraphQL.Mutations;

/// <summary>
/// The input of createDataset/updateDataset. Every field is optional: on update, a field left out keeps its
/// value and a field given (even as null or []) replaces it. Codes are vocabulary codes, as in REST.
/// </summary>
public static class DatasetInputTypes
{
    public static SchemaBuilder AddDatasetInputs(this SchemaBuilder s) => s
        .Input("LocalizedStringInput", f => f.Field("lang", "String!", "BCP 47 tag.").Field("value", "String!"))
        .Input("PeriodInput", f => f.Field("start", "Date").Field("end", "Date"))
        .Input("ContactPointInput", f => f.Field("name", "String").Field("email", "String").Field("url", "String").Field("telephone", "String"))
        .Input("DocumentationInput", f => f
            .Field("meaning", "[LocalizedStringInput!]").Field("provenance", "[LocalizedStringInput!]")
            .Field("structureAndFormat", "[LocalizedStringInput!]").Field("qualityAndReliability", "[LocalizedStringInput!]")
            .Field("updatePolicy", "[LocalizedStringInput!]"))
        .Input("DistributionInput", f => f
            .Field("title", "[LocalizedStringInput!]").Field("description", "[LocalizedStringInput!]")
            .Field("accessUrl", "String!").Field("downloadUrl", "String")
            .Field("format", "String", "Code of the EU file-type vocabulary.").Field("mediaType", "String")
            .Field("byteSize", "Long").Field("licence", "String", "SPDX id.")
            .FieldWithDefault("role", "DistributionRole", Domain.Model.DistributionRole.Main))
        .Input("DatasetInput", f => f
            .Field("organizationId", "ID", "Global id or UUID of the publishing organisation (required to create).")
            .Field("slug", "String").Field("identifier", "String")
            .Field("title", "[LocalizedStringInput!]", "Required to create.")
            .Field("description", "[LocalizedStringInput!]")
            .Field("keywords", "[LocalizedStringInput!]", "One entry per keyword.")
            .Field("themes", "[String!]").Field("healthCategories", "[String!]").Field("healthThemes", "[String!]")
            .Field("codingSystems", "[String!]")
            .Field("licences", "[String!]", "SPDX ids (etalab-2.0 and CC-BY-4.0 recommended).")
            .Field("accessRights", "AccessRights").Field("accessRequestUrl", "String")
            .Field("frequency", "String").Field("spatialCoverage", "[String!]").Field("spatialGranularity", "String")
            .Field("temporalCoverage", "[PeriodInput!]")
            .Field("numberOfRecords", "Long").Field("numberOfUniqueIndividuals", "Long")
            .Field("landingPage", "String")
            .Field("contactPoint", "ContactPointInput")
            .Field("documentation", "DocumentationInput", "Sections given replace those sections only.")
            .Field("distributions", "[DistributionInput!]", "Replaces every distribution."),
            "Fields of a dataset record; on update, fields left out keep their value.");
}
