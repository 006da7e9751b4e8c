using Catalogue.GraphQL.Types;

namespace Catalogue.GraphQL.Execution;

/// <summary>
/// The last segment of a response path, not yet linked: the executor makes the <see cref="ResponsePath"/> node only
/// where one is needed (a composite value's children, an error, a resolver reading its path), so a page's leaf
/// fields and list items cost no path allocation.
/// </summary>
internal readonly struct PathSegment(ResponsePath? prev, object key, string? typeName)
{
    public ResponsePath ToPath() => new(prev, key, typeName);
}
