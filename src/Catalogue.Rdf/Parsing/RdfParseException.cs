namespace Catalogue.Rdf.Parsing;

/// <summary>The one parse error type of every syntax: message in N3.js style, with line and column (1-based).</summary>
public sealed class RdfParseException(string message, int line = 0, int column = 0)
    : Exception(line > 0 ? $"{message} on line {line}, column {column}." : message)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
}
