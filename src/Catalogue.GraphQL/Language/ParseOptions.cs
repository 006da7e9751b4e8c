namespace Catalogue.GraphQL.Language;

public sealed record ParseOptions
{
    /// <summary>Leave <see cref="Node.Location"/> null (smaller trees when positions are not needed).</summary>
    public bool NoLocation { get; init; }

    /// <summary>Abort parsing after this many tokens: a cheap guard against huge documents (graphql-js <c>maxTokens</c>).</summary>
    public int? MaxTokens { get; init; }
}
