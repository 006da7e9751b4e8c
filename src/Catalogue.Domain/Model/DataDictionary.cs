namespace Catalogue.Domain.Model;

/// <summary>A table of the data dictionary (CSVW Table / Frictionless resource).</summary>
public sealed class DataTable
{
    public string Name { get; set; } = "";
    public LocalizedText Title { get; set; } = new();
    public LocalizedText Description { get; set; } = new();
    /// <summary>Where the table's file is, when it is one distribution.</summary>
    public string? Url { get; set; }
    public List<Variable> Variables { get; set; } = new();
}

/// <summary>One variable (column) with enough to emit a CSVW column and a Frictionless Table Schema field.</summary>
public sealed class Variable
{
    public string Name { get; set; } = "";
    public LocalizedText Title { get; set; } = new();
    public LocalizedText Description { get; set; } = new();
    /// <summary>One of <see cref="VariableTypes.All"/> (CSVW/Frictionless datatype names).</summary>
    public string Type { get; set; } = "string";
    public string? Unit { get; set; }
    /// <summary>Code of the coding-system vocabulary (ICD-10, ATC…), when values are codes.</summary>
    public string? CodingSystem { get; set; }
    public List<CodeValue> CodeList { get; set; } = new();
    public List<string> MissingValues { get; set; } = new();
    public string? PropertyUrl { get; set; }
}

public sealed class CodeValue
{
    public string Code { get; set; } = "";
    public LocalizedText Label { get; set; } = new();
}

public static class VariableTypes
{
    public static readonly IReadOnlyList<string> All =
        new[] { "string", "integer", "number", "boolean", "date", "datetime", "time", "year", "duration", "geopoint" };

    /// <summary>CSVW datatype literal for a Frictionless type.</summary>
    public static string ToCsvw(string type) => type switch
    {
        "datetime" => "dateTime", "year" => "gYear", "number" => "decimal", "geopoint" => "string", _ => type,
    };
}
