namespace Catalogue.GraphQL.Types.Builder;

/// <summary>Declares one field: arguments, resolver, description and deprecation.</summary>
public sealed class FieldBuilder(string name, string type)
{
    private readonly List<(string Name, string Type, bool HasDefault, object? Default, string? Description, string? Deprecation)> _args = [];
    private FieldResolver? _resolve;
    private SourceResolver? _fromSource;
    private FieldResolver? _subscribe;
    private string? _description;
    private string? _deprecationReason;

    public FieldBuilder Argument(string argName, string argType, string? description = null, string? deprecationReason = null)
    {
        _args.Add((argName, argType, false, null, description, deprecationReason));
        return this;
    }

    /// <summary>
    /// An argument with a default (an internal value, e.g. <c>10</c> or an enum's internal value). A separate name,
    /// because an overload would silently take a string default for a description.
    /// </summary>
    public FieldBuilder ArgumentWithDefault(string argName, string argType, object? defaultValue, string? description = null, string? deprecationReason = null)
    {
        _args.Add((argName, argType, true, defaultValue, description, deprecationReason));
        return this;
    }

    public FieldBuilder Resolve(Func<ResolveFieldContext, object?> resolve)
    {
        _resolve = ctx => ValueTask.FromResult(resolve(ctx));
        _fromSource = null;
        return this;
    }

    public FieldBuilder ResolveAsync(Func<ResolveFieldContext, Task<object?>> resolve)
    {
        _resolve = ctx => new ValueTask<object?>(resolve(ctx));
        _fromSource = null;
        return this;
    }

    public FieldBuilder Resolve(FieldResolver resolve)
    {
        _resolve = resolve;
        _fromSource = null;
        return this;
    }

    /// <summary>A synchronous resolver reading only the parent value and the arguments (see <see cref="SourceResolver"/>).</summary>
    public FieldBuilder ResolveFromSource(SourceResolver resolve)
    {
        _fromSource = resolve;
        _resolve = ctx => ValueTask.FromResult(resolve(ctx.Source, ctx.Arguments));
        return this;
    }

    public FieldBuilder Subscribe(FieldResolver subscribe)
    {
        _subscribe = subscribe;
        return this;
    }

    public FieldBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    public FieldBuilder Deprecated(string reason = SpecifiedDirectives.DefaultDeprecationReason)
    {
        _deprecationReason = reason;
        return this;
    }

    internal FieldDefinition Build(SchemaBuilder schema) =>
        new(name, schema.Resolve(type), _args.Select(a => BuildArgument(schema, a)))
        {
            Description = _description,
            DeprecationReason = _deprecationReason,
            Resolve = _resolve,
            ResolveFromSource = _fromSource,
            Subscribe = _subscribe,
        };

    private static ArgumentDefinition BuildArgument(
        SchemaBuilder schema, (string Name, string Type, bool HasDefault, object? Default, string? Description, string? Deprecation) a)
    {
        var argType = schema.Resolve(a.Type);
        // DefaultValue's setter records that a default exists, so it is only assigned when one was given.
        return a.HasDefault
            ? new ArgumentDefinition(a.Name, argType) { Description = a.Description, DeprecationReason = a.Deprecation, DefaultValue = a.Default }
            : new ArgumentDefinition(a.Name, argType) { Description = a.Description, DeprecationReason = a.Deprecation };
    }
}
