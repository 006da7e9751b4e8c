using System.Text.Json.Serialization;
using Catalogue.GraphQL.Language;

namespace Catalogue.GraphQL.Errors;

/// <summary>
/// An immutable GraphQL error (graphql-js <c>GraphQLError</c>). Locations are computed once from the nodes
/// (or from source + positions); serialisation follows the spec's shape and omits absent keys.
/// </summary>
[JsonConverter(typeof(GraphQLErrorJsonConverter))]
public sealed class GraphQLError : Exception
{
    private static readonly IReadOnlyList<Node> NoNodes = [];

    public GraphQLError(
        string message,
        IEnumerable<Node>? nodes = null,
        Source? source = null,
        IReadOnlyList<int>? positions = null,
        IReadOnlyList<object>? path = null,
        Exception? originalError = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message, originalError)
    {
        Nodes = nodes?.Where(n => n is not null).ToArray() ?? NoNodes;
        Source = source ?? Nodes.FirstOrDefault(n => n.Location is not null)?.Location?.Source;
        Positions = positions ?? (Nodes.Count > 0 && Nodes.All(n => n.Location is not null)
            ? Nodes.Select(n => n.Location!.Start).ToArray()
            : null);
        Path = path;
        OriginalError = originalError;
        Extensions = extensions ?? (originalError as GraphQLError)?.Extensions;
        Locations = ComputeLocations();
    }

    public IReadOnlyList<SourceLocation>? Locations { get; }
    public IReadOnlyList<object>? Path { get; }
    public IReadOnlyDictionary<string, object?>? Extensions { get; }
    public Exception? OriginalError { get; }
    public IReadOnlyList<Node> Nodes { get; }
    public Source? Source { get; }
    public IReadOnlyList<int>? Positions { get; }

    /// <summary>A copy with one more extension entry (e.g. <c>code</c>); an existing entry with that key wins.</summary>
    public GraphQLError WithExtensionIfAbsent(string key, object? value)
    {
        if (Extensions is not null && Extensions.ContainsKey(key)) return this;
        var extensions = Extensions is null
            ? new Dictionary<string, object?>()
            : new Dictionary<string, object?>(Extensions);
        extensions[key] = value;
        return new GraphQLError(Message, Nodes, Source, Positions, Path, OriginalError, extensions);
    }

    public override string ToString()
    {
        var text = Message;
        if (Locations is { Count: > 0 } && Source is not null)
            text += " (" + string.Join(", ", Locations.Select(l => $"{Source.Name}:{l.Line}:{l.Column}")) + ")";
        return text;
    }

    private IReadOnlyList<SourceLocation>? ComputeLocations()
    {
        if (Positions is not null && Source is not null)
            return Positions.Select(Source.GetLocation).ToArray();
        var fromNodes = Nodes.Where(n => n.Location is not null).Select(n => n.Location!.StartLocation).ToArray();
        return fromNodes.Length > 0 ? fromNodes : null;
    }
}
