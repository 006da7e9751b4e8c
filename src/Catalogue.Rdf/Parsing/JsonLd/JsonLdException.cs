namespace Catalogue.Rdf.Parsing.JsonLd;

/// <summary>A JSON-LD processing error; <see cref="Code"/> is the error code string of the JSON-LD 1.1 API (e.g. "invalid @id value").</summary>
public sealed class JsonLdException(string code, string? detail = null)
    : Exception(detail is null ? code : $"{code}: {detail}")
{
    public string Code { get; } = code;
}
