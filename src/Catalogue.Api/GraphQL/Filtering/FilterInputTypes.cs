using Catalogue.GraphQL.Types.Builder;

namespace Catalogue.Api.GraphQL.Filtering;

/// <summary>The input types of <c>datasets(where:, order:)</c>. Every operator of one filter, and every field of one where, must hold (AND).</summary>
public static class FilterInputTypes
{
    public static SchemaBuilder AddFilterInputs(this SchemaBuilder s) => s
        .Input("StringFilter", f => f
            .Field("eq", "String").Field("neq", "String").Field("in", "[String!]").Field("nin", "[String!]")
            .Field("contains", "String").Field("startsWith", "String"),
            "Conditions on a text. Title conditions compare accent- and case-folded text (\"Santé\" matches \"sante\").")
        .Input("IntFilter", f => f
            .Field("eq", "Int").Field("neq", "Int").Field("in", "[Int!]").Field("nin", "[Int!]")
            .Field("gt", "Int").Field("gte", "Int").Field("lt", "Int").Field("lte", "Int"))
        .Input("LongFilter", f => f
            .Field("eq", "Long").Field("neq", "Long").Field("gt", "Long").Field("gte", "Long").Field("lt", "Long").Field("lte", "Long"),
            "Conditions on a 64-bit count; a record without the value matches none of them.")
        .Input("DateTimeFilter", f => f
            .Field("gt", "DateTime").Field("gte", "DateTime").Field("lt", "DateTime").Field("lte", "DateTime"),
            "Conditions on an instant; a record without the value (e.g. never published) matches none of them.")
        .Input("ListFilter", f => f
            .Field("includes", "String", "The list holds this value.")
            .Field("includesAny", "[String!]", "The list holds at least one of these values.")
            .Field("includesAll", "[String!]", "The list holds every one of these values.")
            .Field("includesNone", "[String!]", "The list holds none of these values."),
            "Conditions on a list of codes (themes, licences, formats…) or keywords (compared folded).")
        .Input("IdFilter", f => f.Field("eq", "ID").Field("in", "[ID!]").Field("nin", "[ID!]"),
            "Conditions on an id: a global id or the UUID.")
        .Input("AccessRightsFilter", f => f
            .Field("eq", "AccessRights").Field("neq", "AccessRights").Field("in", "[AccessRights!]").Field("nin", "[AccessRights!]"))
        .Input("DatasetStatusFilter", f => f
            .Field("eq", "DatasetStatus").Field("neq", "DatasetStatus").Field("in", "[DatasetStatus!]").Field("nin", "[DatasetStatus!]"))
        .Input("DatasetWhere", f => f
            .Field("title", "StringFilter", "The French title (else the first one), folded.")
            .Field("status", "DatasetStatusFilter", "Without a status condition, withdrawn records are left out.")
            .Field("accessRights", "AccessRightsFilter")
            .Field("theme", "ListFilter", "EU data-theme codes (HEAL, SOCI…).")
            .Field("healthCategory", "ListFilter")
            .Field("healthTheme", "ListFilter")
            .Field("licence", "ListFilter", "SPDX ids.")
            .Field("format", "ListFilter", "EU file-type codes of the distributions.")
            .Field("keyword", "ListFilter", "Keywords in any language, compared folded.")
            .Field("codingSystem", "ListFilter", "Coding systems of the record or of its variables (ICD-10, ATC…).")
            .Field("variable", "ListFilter", "Variable names of the data dictionary (case-insensitive).")
            .Field("year", "ListFilter", "Years of the temporal coverage.")
            .Field("publisher", "IdFilter")
            .Field("issued", "DateTimeFilter", "First publication.")
            .Field("modified", "DateTimeFilter")
            .Field("qualityScore", "IntFilter")
            .Field("numberOfRecords", "LongFilter")
            .Field("and", "[DatasetWhere!]", "Every condition holds.")
            .Field("or", "[DatasetWhere!]", "At least one condition holds.")
            .Field("not", "[DatasetWhere!]", "None of the conditions holds."),
            "Dataset conditions; the fields given must all hold. Evaluated by the database.")
        .Enum("SortDirection", "ASC", "DESC")
        .Input("DatasetOrder", f => f
            .Field("title", "SortDirection").Field("issued", "SortDirection").Field("modified", "SortDirection").Field("qualityScore", "SortDirection"),
            "Exactly one sort key per entry; give a list for several. Ties are broken by a stable internal key.");
}
