using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Validation;
using Microsoft.AspNetCore.Http;

namespace Catalogue.GraphQL.Http;

/// <summary>How the GraphQL endpoint finds its schema and context, and the limits it enforces.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The schema served; ignored when <see cref="SchemaFactory"/> is set.</summary>
    public Schema? Schema { get; init; }

    /// <summary>Chooses the schema per request (e.g. by user role).</summary>
    public Func<HttpContext, Schema>? SchemaFactory { get; init; }

    /// <summary>Creates the value resolvers see as <c>ResolveFieldContext.Context</c>.</summary>
    public Func<HttpContext, object?>? ContextFactory { get; init; }

    /// <summary>Validation rules; <see cref="SpecifiedRules.All"/> when null. Limit rules below are added to these.</summary>
    public IReadOnlyList<ValidationRule>? ValidationRules { get; init; }

    /// <summary>Maximum selection depth (MaxDepthRule); null for no limit.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>Maximum estimated cost (CostLimitRule); null for no limit.</summary>
    public int? MaxCost { get; init; }

    /// <summary>Cancels execution after this long; null for no limit.</summary>
    public TimeSpan? ExecutionTimeout { get; init; }

    public bool IntrospectionEnabled { get; init; } = true;

    /// <summary>Accept a JSON array of requests in one POST (not part of the GraphQL-over-HTTP spec).</summary>
    public bool BatchingEnabled { get; init; }

    public int MaxBatchSize { get; init; } = 10;

    /// <summary>Serve the built-in explorer page to browsers (GET, Accept: text/html, no query).</summary>
    public bool IdeEnabled { get; init; } = true;

    /// <summary>Parser token limit: a cheap guard against huge documents.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>
    /// How many parsed and validated documents are kept, keyed by schema and query text, so a repeated query
    /// skips parsing and the variable-independent validation rules; 0 disables the cache.
    /// </summary>
    public int DocumentCacheSize { get; init; } = 256;

    private DocumentCache? _documents;

    internal DocumentCache Documents => _documents ??= new DocumentCache(DocumentCacheSize);

    /// <summary>The rules that read the request's variables, so they run even for a cached document.</summary>
    internal IReadOnlyList<ValidationRule> VariableDependentRules(IReadOnlyDictionary<string, object?>? variables)
        => MaxCost is { } maxCost ? [new Validation.Rules.Custom.CostLimitRule(maxCost, variables: variables)] : [];

    public Schema ResolveSchema(HttpContext context)
        => SchemaFactory?.Invoke(context) ?? Schema ?? throw new InvalidOperationException("GraphQLHttpOptions needs a Schema or a SchemaFactory.");

    /// <summary>The rules a request is validated with: the configured rules plus the enabled limits.</summary>
    public IReadOnlyList<ValidationRule> EffectiveRules(IReadOnlyDictionary<string, object?>? variables)
    {
        var rules = new List<ValidationRule>(ValidationRules ?? SpecifiedRules.All);
        if (MaxDepth is { } maxDepth) rules.Add(new Validation.Rules.Custom.MaxDepthRule(maxDepth));
        if (MaxCost is { } maxCost) rules.Add(new Validation.Rules.Custom.CostLimitRule(maxCost, variables: variables));
        if (!IntrospectionEnabled) rules.Add(new Validation.Rules.Custom.NoIntrospectionRule());
        return rules;
    }
}
