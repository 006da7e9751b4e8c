using Catalogue.GraphQL.Language;

namespace Catalogue.GraphQL.Types;

/// <summary>A directive the schema accepts (graphql-js GraphQLDirective).</summary>
public sealed class DirectiveDefinition
{
    public DirectiveDefinition(string name, IEnumerable<DirectiveLocation> locations, IEnumerable<ArgumentDefinition>? args = null)
    {
        Name = NameValidator.AssertName(name);
        Locations = locations.ToList();
        Args = args?.ToList() ?? [];
    }

    public string Name { get; }

    public string? Description { get; init; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public IReadOnlyList<ArgumentDefinition> Args { get; }

    public bool IsRepeatable { get; init; }

    public string? DeprecationReason { get; init; }

    public ArgumentDefinition? GetArgument(string name) => Args.FirstOrDefault(a => a.Name == name);

    public override string ToString() => "@" + Name;
}
