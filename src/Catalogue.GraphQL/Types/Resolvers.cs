namespace Catalogue.GraphQL.Types;

/// <summary>Produces a field's value. Synchronous resolvers return <c>ValueTask.FromResult</c> (or use the builder overloads).</summary>
public delegate ValueTask<object?> FieldResolver(ResolveFieldContext context);

/// <summary>
/// A synchronous resolver that reads only the parent value and the field's coerced arguments (most fields of a
/// loaded object: a property, a translation). The executor calls it without building a
/// <see cref="ResolveFieldContext"/> — a page of fifty datasets resolves over a thousand such fields.
/// </summary>
public delegate object? SourceResolver(object? source, IReadOnlyDictionary<string, object?> arguments);

/// <summary>
/// Names the concrete object type of a value returned for an interface or union field
/// (graphql-js resolveType; returning a type name, as graphql-js 16 requires).
/// </summary>
public delegate string? TypeResolver(object? value, ResolveFieldContext context, IAbstractType abstractType);

/// <summary>Tells whether a value belongs to an object type; used when an abstract type has no TypeResolver.</summary>
public delegate bool IsTypeOfPredicate(object? value, ResolveFieldContext context);
