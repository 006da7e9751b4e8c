using System.ComponentModel.DataAnnotations;

namespace Catalogue.Api.GraphQL;

/// <summary>Limits of the GraphQL endpoint, bound from the "GraphQL" configuration section and validated at startup.</summary>
public sealed class CatalogueGraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Deepest selection accepted (introspection's full query needs about 13).</summary>
    [Range(2, 64)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>Static cost limit: each field costs 1, its children multiplied by <c>first</c>/<c>last</c> (10 for other lists).</summary>
    [Range(10, 10_000_000)]
    public int MaxCost { get; set; } = 200_000;

    /// <summary>The largest <c>first</c>/<c>last</c> a connection accepts; larger asks are refused, never silently cut.</summary>
    [Range(1, 1000)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    [Range(1, 1000)]
    public int DefaultPageSize { get; set; } = 20;

    [Range(1, 600)]
    public int ExecutionTimeoutSeconds { get; set; } = 30;

    public bool IntrospectionEnabled { get; set; } = true;

    /// <summary>Serve the explorer page to browsers opening /graphql.</summary>
    public bool IdeEnabled { get; set; } = true;

    public bool BatchingEnabled { get; set; }
}
