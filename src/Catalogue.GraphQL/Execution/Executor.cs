using System.Collections;
using System.Text.Json;
using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Execution;

/// <summary>
/// Executes an operation of a validated document (spec §6, graphql-js <c>execute.ts</c>): a chain of small steps —
/// build the context, execute the operation, execute fields (concurrently for queries, serially for mutations),
/// complete values, and propagate nulls from failed non-null positions to the nearest nullable parent.
/// </summary>
public static class Executor
{
    /// <summary>Marks a field that has no definition on its parent type: it is left out of the response.</summary>
    private static readonly object Undefined = new();

    public static async Task<ExecutionResult> ExecuteAsync(ExecutionArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var schemaErrors = args.Schema.Validate();
        if (schemaErrors.Count > 0) return ExecutionResult.FromRequestErrors(schemaErrors);

        var (state, requestErrors) = BuildExecutionState(args);
        if (state is null) return ExecutionResult.FromRequestErrors(requestErrors!);

        var loaders = args.DataLoaders ?? new DataLoaderContext();
        IReadOnlyDictionary<string, object?>? data;
        try
        {
            data = await RunAsync(state, loaders).ConfigureAwait(false);
        }
        catch (GraphQLError error)
        {
            // A null propagated up to the root (or the root type is missing): data is null.
            state.AddError(error);
            data = null;
        }
        var errors = state.Errors;
        return new ExecutionResult { Data = data, HasData = true, Errors = errors.Count > 0 ? errors : null };
    }

    /// <summary>Starts the operation, then drives data-loader dispatch until it completes (see <see cref="DataLoaderContext"/>).</summary>
    private static async Task<IReadOnlyDictionary<string, object?>> RunAsync(ExecutionState state, DataLoaderContext loaders)
    {
        Task<IReadOnlyDictionary<string, object?>> run;
        var previousContext = SynchronizationContext.Current;
        var previousLoaders = DataLoaderContext.Current;
        try
        {
            // Without a synchronization context, batch results resume waiting resolvers inline, which keeps
            // each level's loads in one batch whatever host (test runner, UI) calls us.
            SynchronizationContext.SetSynchronizationContext(null);
            DataLoaderContext.Current = loaders;
            run = ExecuteOperationAsync(state).AsTask();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previousContext);
            DataLoaderContext.Current = previousLoaders;
        }

        while (!run.IsCompleted)
        {
            if (loaders.HasPendingWork)
            {
                await loaders.DispatchAsync(state.CancellationToken).ConfigureAwait(false);
                continue;
            }
            var queued = loaders.WaitForQueuedAsync();
            if (loaders.HasPendingWork) continue;
            var first = await Task.WhenAny(run, queued).ConfigureAwait(false);
            if (first == queued) await Task.Yield();
        }
        return await run.ConfigureAwait(false);
    }

    /// <summary>graphql-js <c>buildExecutionContext</c>: picks the operation, indexes fragments, coerces variables.</summary>
    private static (ExecutionState? State, IReadOnlyList<GraphQLError>? Errors) BuildExecutionState(ExecutionArgs args)
    {
        OperationDefinitionNode? operation = null;
        var fragments = new Dictionary<string, FragmentDefinitionNode>();
        foreach (var definition in args.Document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode op:
                    if (args.OperationName is null)
                    {
                        if (operation is not null)
                            return (null, [OperationError("Must provide operation name if query contains multiple operations.")]);
                        operation = op;
                    }
                    else if (op.Name?.Value == args.OperationName)
                    {
                        operation = op;
                    }
                    break;
                case FragmentDefinitionNode fragment:
                    fragments[fragment.Name.Value] = fragment;
                    break;
            }
        }

        if (operation is null)
            return (null, [OperationError(args.OperationName is not null
                ? $"Unknown operation named \"{args.OperationName}\"."
                : "Must provide an operation.")]);

        // An operation type the schema lacks is a request error (no "data"), like an unknown operation name.
        if (args.Schema.GetRootType(operation.Operation) is null)
            return (null, [OperationError($"Schema is not configured to execute {Printer.OperationName(operation.Operation)} operation.")]);

        var (variables, variableErrors) = VariableValues.Coerce(args.Schema, operation.VariableDefinitions, args.VariableValues);
        if (variableErrors is not null)
            return (null, variableErrors.Select(e => e.WithExtensionIfAbsent("code", ErrorCodes.BadUserInput)).ToList());

        var state = new ExecutionState
        {
            Schema = args.Schema,
            Fragments = fragments,
            Operation = operation,
            VariableValues = variables!,
            Collector = new FieldCollector(args.Schema, fragments, variables!),
            RootValue = args.RootValue,
            ContextValue = args.ContextValue,
            FieldResolver = args.FieldResolver ?? DefaultResolvers.FieldResolver,
            TypeResolver = args.TypeResolver ?? DefaultResolvers.TypeResolver,
            CancellationToken = args.CancellationToken,
        };
        return (state, null);
    }

    private static GraphQLError OperationError(string message)
        => new(message, extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.OperationResolutionFailure });

    private static async ValueTask<IReadOnlyDictionary<string, object?>> ExecuteOperationAsync(ExecutionState state)
    {
        var operation = state.Operation;
        var rootType = state.Schema.GetRootType(operation.Operation)
            ?? throw new GraphQLError($"Schema is not configured to execute {Printer.OperationName(operation.Operation)} operation.", [operation]);
        var rootFields = state.Collector.Collect(rootType, operation.SelectionSet);
        return operation.Operation == OperationType.Mutation
            ? await ExecuteFieldsSeriallyAsync(state, rootType, state.RootValue, null, rootFields).ConfigureAwait(false)
            : await ExecuteFieldsAsync(state, rootType, state.RootValue, null, rootFields).ConfigureAwait(false);
    }

    /// <summary>Mutation root fields run one after the other, in document order (spec §6.2.2).</summary>
    private static async ValueTask<IReadOnlyDictionary<string, object?>> ExecuteFieldsSeriallyAsync(
        ExecutionState state, ObjectType parentType, object? source, ResponsePath? path, OrderedDictionary<string, List<FieldNode>> fields)
    {
        var results = new OrderedDictionary<string, object?>();
        foreach (var (key, fieldNodes) in fields)
        {
            var value = await ExecuteFieldAsync(state, parentType, source, fieldNodes, ResponsePath.Add(path, key, parentType.Name))
                .ConfigureAwait(false);
            if (!ReferenceEquals(value, Undefined)) results.Add(key, value);
        }
        return results;
    }

    /// <summary>
    /// Starts every field's resolver before awaiting any, so independent fields run concurrently. While fields
    /// complete synchronously (the usual case for fields read from a loaded object) no task, closure or state
    /// machine is allocated; the first pending field switches to awaiting the rest together.
    /// </summary>
    private static ValueTask<IReadOnlyDictionary<string, object?>> ExecuteFieldsAsync(
        ExecutionState state, ObjectType parentType, object? source, ResponsePath? path, OrderedDictionary<string, List<FieldNode>> fields)
    {
        var count = fields.Count;
        var results = new OrderedDictionary<string, object?>(count);
        Task<object?>[]? pending = null;
        object?[]? values = null;
        var firstPending = -1;
        for (var i = 0; i < count; i++)
        {
            var (key, fieldNodes) = fields.GetAt(i);
            var valueTask = ExecuteFieldAsync(state, parentType, source, fieldNodes, ResponsePath.Add(path, key, parentType.Name));
            if (pending is null)
            {
                if (valueTask.IsCompletedSuccessfully)
                {
                    var value = valueTask.Result;
                    if (!ReferenceEquals(value, Undefined)) results.Add(key, value);
                    continue;
                }
                pending = new Task<object?>[count];
                values = new object?[count];
                firstPending = i;
            }
            if (valueTask.IsCompletedSuccessfully) values![i] = valueTask.Result;
            else pending[i] = valueTask.AsTask();
        }
        if (pending is null) return new ValueTask<IReadOnlyDictionary<string, object?>>(results);
        return AwaitFieldsAsync(fields, results, firstPending, pending, values!);
    }

    private static async ValueTask<IReadOnlyDictionary<string, object?>> AwaitFieldsAsync(
        OrderedDictionary<string, List<FieldNode>> fields, OrderedDictionary<string, object?> results, int firstPending,
        Task<object?>[] pending, object?[] values)
    {
        await AwaitPending(pending, values).ConfigureAwait(false);
        for (var i = firstPending; i < values.Length; i++)
        {
            if (!ReferenceEquals(values[i], Undefined)) results.Add(fields.GetAt(i).Key, values[i]);
        }
        return results;
    }

    /// <summary>Awaits the started tasks together; the first failure (in order) is rethrown after all have settled.</summary>
    private static async Task AwaitPending(Task<object?>[] pending, object?[] values)
    {
        try
        {
            await Task.WhenAll(pending.Where(t => t is not null)).ConfigureAwait(false);
        }
        catch
        {
            // Surface the failure of the first position, not whichever finished first.
            var firstFailed = pending.First(t => t is { IsFaulted: true } or { IsCanceled: true });
            await firstFailed.ConfigureAwait(false);
        }
        for (var i = 0; i < pending.Length; i++)
        {
            if (pending[i] is { } task) values[i] = task.Result;
        }
    }

    private static async ValueTask<object?> ExecuteFieldAsync(
        ExecutionState state, ObjectType parentType, object? source, List<FieldNode> fieldNodes, ResponsePath path)
    {
        var fieldNode = fieldNodes[0];
        var fieldDef = GetFieldDef(state.Schema, parentType, fieldNode.Name.Value);
        if (fieldDef is null) return Undefined;

        var returnType = fieldDef.Type;
        var info = new ResolveInfo
        {
            FieldName = fieldDef.Name,
            FieldNodes = fieldNodes,
            ReturnType = returnType,
            ParentType = parentType,
            Path = path,
            Schema = state.Schema,
            Fragments = state.Fragments,
            RootValue = state.RootValue,
            Operation = state.Operation,
            VariableValues = state.VariableValues,
        };

        try
        {
            state.CancellationToken.ThrowIfCancellationRequested();
            var arguments = ArgumentValues.Get(fieldDef.Args, fieldNode.Arguments, fieldNode, state.VariableValues);
            var context = new ResolveFieldContext
            {
                Source = source,
                Arguments = arguments,
                Context = state.ContextValue,
                Info = info,
                CancellationToken = state.CancellationToken,
            };
            var resolve = fieldDef.Resolve ?? state.FieldResolver;
            var result = await resolve(context).ConfigureAwait(false);
            if (AsyncValues.IsAwaitable(result)) result = await AsyncValues.UnwrapAsync(result).ConfigureAwait(false);
            return await CompleteValueAsync(state, returnType, fieldNodes, context, path, result).ConfigureAwait(false);
        }
        catch (Exception error) when (!IsCancellation(error, state))
        {
            return HandleFieldError(state, LocatedError.From(error, fieldNodes, path.ToList()), returnType);
        }
    }

    /// <summary>Spec §6.4.4: a nullable position swallows the error as null; a non-null one passes it to its parent.</summary>
    private static object? HandleFieldError(ExecutionState state, GraphQLError error, GraphQLType returnType)
    {
        if (returnType is NonNullType) throw error;
        state.AddError(error);
        return null;
    }

    private static bool IsCancellation(Exception error, ExecutionState state)
        => error is OperationCanceledException && state.CancellationToken.IsCancellationRequested;

    /// <summary>Field lookup including the introspection meta-fields (__schema and __type only on the query root).</summary>
    private static FieldDefinition? GetFieldDef(Schema schema, ObjectType parentType, string fieldName)
    {
        if (fieldName == Introspection.SchemaMetaField.Name && ReferenceEquals(schema.Query, parentType)) return Introspection.SchemaMetaField;
        if (fieldName == Introspection.TypeMetaField.Name && ReferenceEquals(schema.Query, parentType)) return Introspection.TypeMetaField;
        if (fieldName == Introspection.TypeNameMetaField.Name) return Introspection.TypeNameMetaField;
        return parentType.GetField(fieldName);
    }

    private static ValueTask<object?> CompleteValueAsync(
        ExecutionState state, GraphQLType returnType, List<FieldNode> fieldNodes, ResolveFieldContext context, ResponsePath path, object? result)
    {
        if (result is Exception error) throw error;
        if (result is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined }) result = null;

        if (returnType is NonNullType nonNull) return CompleteNonNullAsync(state, nonNull, fieldNodes, context, path, result);
        if (result is null) return ValueTask.FromResult<object?>(null);

        return returnType switch
        {
            ListType list => CompleteListValueAsync(state, list, fieldNodes, context, path, result),
            ILeafType leaf => ValueTask.FromResult(CompleteLeafValue(leaf, result)),
            IAbstractType abstractType => CompleteAbstractValueAsync(state, abstractType, fieldNodes, context, path, result),
            ObjectType objectType => CompleteObjectValueAsync(state, objectType, fieldNodes, context, path, result),
            _ => throw new InvalidOperationException($"Cannot complete value of unexpected output type: {returnType}."),
        };
    }

    private static ValueTask<object?> CompleteNonNullAsync(
        ExecutionState state, NonNullType returnType, List<FieldNode> fieldNodes, ResolveFieldContext context, ResponsePath path, object? result)
    {
        var completion = CompleteValueAsync(state, returnType.OfType, fieldNodes, context, path, result);
        if (!completion.IsCompletedSuccessfully) return AwaitNonNullAsync(completion, context);
        return new ValueTask<object?>(completion.Result ?? throw NonNullError(context));
    }

    private static async ValueTask<object?> AwaitNonNullAsync(ValueTask<object?> completion, ResolveFieldContext context)
        => await completion.ConfigureAwait(false) ?? throw NonNullError(context);

    private static GraphQLError NonNullError(ResolveFieldContext context)
        => new($"Cannot return null for non-nullable field {context.Info.ParentType.Name}.{context.Info.FieldName}.");

    private static ValueTask<object?> CompleteListValueAsync(
        ExecutionState state, ListType returnType, List<FieldNode> fieldNodes, ResolveFieldContext context, ResponsePath path, object result)
    {
        IList? items = result switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Cast<object?>().ToList(),
            string or IDictionary or IReadOnlyDictionary<string, object?> or JsonElement => null,
            IList list => list,
            IEnumerable enumerable => enumerable.Cast<object?>().ToList(),
            _ => null,
        };
        if (items is null)
            throw new GraphQLError(
                $"Expected Iterable, but did not find one for field \"{context.Info.ParentType.Name}.{context.Info.FieldName}\".");

        var count = items.Count;
        var itemType = returnType.OfType;
        var results = new List<object?>(count);
        Task<object?>[]? pending = null;
        object?[]? values = null;
        var firstPending = -1;
        for (var i = 0; i < count; i++)
        {
            var valueTask = CompleteListItemAsync(state, itemType, fieldNodes, context, ResponsePath.Add(path, Index(i)), items[i]);
            if (pending is null)
            {
                if (valueTask.IsCompletedSuccessfully)
                {
                    results.Add(valueTask.Result);
                    continue;
                }
                pending = new Task<object?>[count];
                values = new object?[count];
                firstPending = i;
            }
            if (valueTask.IsCompletedSuccessfully) values![i] = valueTask.Result;
            else pending[i] = valueTask.AsTask();
        }
        if (pending is null) return new ValueTask<object?>(results);
        return AwaitListAsync(results, firstPending, pending, values!);
    }

    private static async ValueTask<object?> AwaitListAsync(List<object?> results, int firstPending, Task<object?>[] pending, object?[] values)
    {
        await AwaitPending(pending, values).ConfigureAwait(false);
        for (var i = firstPending; i < values.Length; i++) results.Add(values[i]);
        return results;
    }

    private static readonly object[] BoxedIndices = Enumerable.Range(0, 1024).Select(i => (object)i).ToArray();

    /// <summary>List indices as path keys, boxed once for the common sizes.</summary>
    private static object Index(int i) => (uint)i < (uint)BoxedIndices.Length ? BoxedIndices[i] : i;

    private static async ValueTask<object?> CompleteListItemAsync(
        ExecutionState state, GraphQLType itemType, List<FieldNode> fieldNodes, ResolveFieldContext context, ResponsePath itemPath, object? item)
    {
        try
        {
            if (AsyncValues.IsAwaitable(item)) item = await AsyncValues.UnwrapAsync(item).ConfigureAwait(false);
            return await CompleteValueAsync(state, itemType, fieldNodes, context, itemPath, item).ConfigureAwait(false);
        }
        catch (Exception error) when (!IsCancellation(error, state))
        {
            return HandleFieldError(state, LocatedError.From(error, fieldNodes, itemPath.ToList()), itemType);
        }
    }

    private static object CompleteLeafValue(ILeafType returnType, object result)
    {
        var serialized = returnType.Serialize(JsValues.Normalize(result));
        return serialized ?? throw new InvalidOperationException(
            $"Expected `{returnType.Name}.serialize({Inspector.Inspect(result)})` to return non-nullable value, returned: {Inspector.Inspect(serialized)}");
    }

    private static ValueTask<object?> CompleteAbstractValueAsync(
        ExecutionState state, IAbstractType returnType, List<FieldNode> fieldNodes, ResolveFieldContext context, ResponsePath path, object result)
    {
        var resolveType = returnType.ResolveType ?? state.TypeResolver;
        var typeName = resolveType(result, context, returnType);
        var runtimeType = EnsureValidRuntimeType(state.Schema, typeName, returnType, fieldNodes, context.Info);
        return CompleteObjectValueAsync(state, runtimeType, fieldNodes, context, path, result);
    }

    private static ObjectType EnsureValidRuntimeType(
        Schema schema, string? typeName, IAbstractType returnType, List<FieldNode> fieldNodes, ResolveInfo info)
    {
        if (typeName is null)
            throw new GraphQLError(
                $"Abstract type \"{returnType.Name}\" must resolve to an Object type at runtime for field \"{info.ParentType.Name}.{info.FieldName}\". "
                + $"Either the \"{returnType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                fieldNodes);
        var runtimeType = schema.GetType(typeName)
            ?? throw new GraphQLError(
                $"Abstract type \"{returnType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.", fieldNodes);
        if (runtimeType is not ObjectType objectType)
            throw new GraphQLError($"Abstract type \"{returnType.Name}\" was resolved to a non-object type \"{typeName}\".", fieldNodes);
        if (!schema.IsSubType(returnType, objectType))
            throw new GraphQLError($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{returnType.Name}\".", fieldNodes);
        return objectType;
    }

    private static ValueTask<object?> CompleteObjectValueAsync(
        ExecutionState state, ObjectType returnType, List<FieldNode> fieldNodes, ResolveFieldContext context, ResponsePath path, object result)
    {
        if (returnType.IsTypeOf is { } isTypeOf && !isTypeOf(result, context))
            throw new GraphQLError($"Expected value of type \"{returnType.Name}\" but got: {Inspector.Inspect(result)}.", fieldNodes);
        var subfields = state.Subfields(returnType, fieldNodes);
        var execution = ExecuteFieldsAsync(state, returnType, result, path, subfields);
        return execution.IsCompletedSuccessfully ? new ValueTask<object?>(execution.Result) : AwaitObjectAsync(execution);
    }

    private static async ValueTask<object?> AwaitObjectAsync(ValueTask<IReadOnlyDictionary<string, object?>> execution)
        => await execution.ConfigureAwait(false);
}
