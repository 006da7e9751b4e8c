using Catalogue.Domain.Model;
using Catalogue.GraphQL.Types.Builder;

namespace Catalogue.Api.GraphQL.Graph;

/// <summary>The data dictionary: tables and their variables (CSVW / Frictionless), with coding systems.</summary>
public static class DataDictionaryTypes
{
    public static SchemaBuilder AddDataDictionary(this SchemaBuilder s) => s
        .Object("CodeValue", t => t
            .Get<CodeValue>("code", "String!", c => c.Code)
            .Localized<CodeValue>("label", c => c.Label))
        .Object("Variable", t => t
            .Get<Variable>("name", "String!", v => v.Name)
            .Localized<Variable>("title", v => v.Title)
            .Localized<Variable>("description", v => v.Description)
            .Get<Variable>("type", "String!", v => v.Type, "A Frictionless Table Schema type (string, integer, date…).")
            .Get<Variable>("unit", "String", v => v.Unit)
            .Get<Variable>("codingSystem", "String", v => v.CodingSystem)
            .Get<Variable>("codeList", "[CodeValue!]!", v => v.CodeList)
            .Get<Variable>("missingValues", "[String!]!", v => v.MissingValues)
            .Get<Variable>("propertyUrl", "String", v => v.PropertyUrl))
        .Object("DataTable", t => t
            .Get<DataTable>("name", "String!", d => d.Name)
            .Localized<DataTable>("title", d => d.Title)
            .Localized<DataTable>("description", d => d.Description)
            .Get<DataTable>("url", "String", d => d.Url)
            .Field("variables", "[Variable!]!", f => f
                .Argument("name", "String", "Only the variable of this name (case-insensitive).")
                .Argument("codingSystem", "String", "Only variables coded with this system.")
                .Resolve(c => Filter(c.Parent<DataTable>().Variables, c.GetArgument<string>("name"), c.GetArgument<string>("codingSystem")))),
            "A table of the data dictionary.");

    public static IReadOnlyList<Variable> Filter(IEnumerable<Variable> variables, string? name, string? codingSystem) => variables
        .Where(v => name is null || string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase))
        .Where(v => codingSystem is null || string.Equals(v.CodingSystem, codingSystem, StringComparison.OrdinalIgnoreCase))
        .ToList();
}
