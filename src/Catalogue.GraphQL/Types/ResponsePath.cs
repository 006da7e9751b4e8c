namespace Catalogue.GraphQL.Types;

/// <summary>
/// The response path of a field as a persistent linked list (graphql-js jsutils/Path), so adding one
/// segment per field costs one allocation. Keys are strings (response names) or ints (list indices).
/// </summary>
public sealed record ResponsePath(ResponsePath? Prev, object Key, string? TypeName = null)
{
    public static ResponsePath Add(ResponsePath? prev, object key, string? typeName = null) => new(prev, key, typeName);

    /// <summary>The path from the root, as the "path" entry of a GraphQL error.</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new List<object>();
        for (var p = this; p is not null; p = p.Prev) segments.Add(p.Key);
        segments.Reverse();
        return segments;
    }

    public override string ToString() => string.Join('.', ToList());
}
