namespace Catalogue.GraphQL.Language;

/// <summary>Where a node sits in its <see cref="Language.Source"/>: character offsets [Start, End).</summary>
public sealed record Location(int Start, int End, Source Source)
{
    public SourceLocation StartLocation => Source.GetLocation(Start);
}
