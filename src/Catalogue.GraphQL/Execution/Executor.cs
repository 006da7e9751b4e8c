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
        var rootFields = FieldPlan.Build(state, rootType, state.Collector.Collect(rootType, operation.SelectionSet));
        return operation.Operation == OperationType.Mutation
            ? await ExecuteFieldsSeriallyAsync(state, rootType, state.RootValue, null, rootFields).ConfigureAwait(false)
            : (ResponseObject)(await ExecuteFieldsAsync(state, rootType, state.RootValue, null, rootFields).ConfigureAwait(false))!;
    }

    /// <summary>Mutation root fields run one after the other, in document order (spec §6.2.2).</summary>
    private static async ValueTask<IReadOnlyDictionary<string, object?>> ExecuteFieldsSeriallyAsync(
        ExecutionState state, ObjectType parentType, object? source, ResponsePath? path, FieldPlan plan)
    {
        var values = new object?[plan.Fields.Length];
        for (var i = 0; i < values.Length; i++)
            values[i] = await ExecuteField(state, parentType, source, plan.Fields[i], path).ConfigureAwait(false);
        return new ResponseObject(plan.Keys, values);
    }

    /// <summary>
    /// Starts every field's resolver before awaiting any, so independent fields run concurrently. While fields
    /// complete synchronously (the usual case for fields read from a loaded object) no task, closure or state
    /// machine is allocated; pending fields are awaited together at the end.
    /// </summary>
    private static ValueTask<object?> ExecuteFieldsAsync(ExecutionState state, ObjectType parentType, object? source, ResponsePath? path, FieldPlan plan)
    {
        var fields = plan.Fields;
        var values = new object?[fields.Length];
        Task<object?>[]? pending = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var valueTask = ExecuteField(state, parentType, source, fields[i], path);
            if (valueTask.IsCompletedSuccessfully) values[i] = valueTask.Result;
            else (pending ??= new Task<object?>[fields.Length])[i] = valueTask.AsTask();
        }
        var result = new ResponseObject(plan.Keys, values);
        return pending is null ? new ValueTask<object?>(result) : AwaitFieldsAsync(result, pending, values);
    }

    private static async ValueTask<object?> AwaitFieldsAsync(ResponseObject result, Task<object?>[] pending, object?[] values)
    {
        await AwaitPending(pending, values).ConfigureAwait(false);
        return result;
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

    /// <summary>
    /// Resolves and completes one field. Not an async method: a field whose resolver and completion finish
    /// synchronously (most of a page) returns its value without a state machine; the first thing that is pending
    /// continues in <see cref="ResolvePendingAsync"/> or <see cref="AwaitCompletionAsync"/>. Like an async method,
    /// it never throws: a failure that reaches a non-null position is returned as a faulted ValueTask, so
    /// sibling fields still all start.
    /// </summary>
    private static ValueTask<object?> ExecuteField(ExecutionState state, ObjectType parentType, object? source, PlannedField field, ResponsePath? parentPath)
    {
        if (field.LeafFromSource is { } read) return ExecuteLeafFromSource(state, parentType, source, field, read, parentPath);
        var path = new PathSegment(parentPath, field.ResponseKey, parentType.Name);
        try
        {
            state.CancellationToken.ThrowIfCancellationRequested();
            var arguments = field.Arguments
                ?? ArgumentValues.Get(field.Definition.Args, field.Nodes[0].Arguments, field.Nodes[0], state.VariableValues);
            var context = new ResolveFieldContext(state, field, parentType, path)
            {
                Source = source,
                Arguments = arguments,
                Context = state.ContextValue,
                CancellationToken = state.CancellationToken,
            };
            var resolving = field.Resolve(context);
            if (!resolving.IsCompletedSuccessfully || AsyncValues.IsAwaitable(resolving.Result))
                return ResolvePendingAsync(state, field, context, path, resolving);
            var completion = CompleteValueAsync(state, field.Definition.Type, field.Nodes, context, path, resolving.Result);
            return completion.IsCompletedSuccessfully ? completion : AwaitCompletionAsync(state, field, path, completion);
        }
        catch (Exception error)
        {
            return FieldFailed(state, field.Nodes, field.Definition.Type, path, error);
        }
    }

    /// <summary>
    /// A scalar or enum field, or a list of them, whose resolver reads only its parent and arguments
    /// (<see cref="SourceResolver"/>): resolved and completed without a context. A value this path does not
    /// complete itself (a task, a JsonElement, an Exception, a list with a null or such an item, a value the
    /// scalar refuses) goes on through the general completion with a context built for it, so the response, the
    /// errors and null propagation are the general path's.
    /// </summary>
    private static ValueTask<object?> ExecuteLeafFromSource(
        ExecutionState state, ObjectType parentType, object? source, PlannedField field, SourceResolver read, ResponsePath? parentPath)
    {
        var path = new PathSegment(parentPath, field.ResponseKey, parentType.Name);
        try
        {
            state.CancellationToken.ThrowIfCancellationRequested();
            var result = read(source, field.Arguments!);
            if (result is null)
            {
                if (field.Definition.Type is NonNullType)
                    throw new GraphQLError($"Cannot return null for non-nullable field {parentType.Name}.{field.Definition.Name}.");
                return new ValueTask<object?>((object?)null);
            }
            var plain = result is not (Exception or JsonElement) && !AsyncValues.IsAwaitable(result);
            if (plain && field.Leaf is { } leaf) return new ValueTask<object?>(CompleteLeafValue(leaf, result));
            if (plain && field.LeafItem is { } item && CompletePlainLeafList(item, result) is { } completed)
                return new ValueTask<object?>(completed);

            var context = new ResolveFieldContext(state, field, parentType, path)
            {
                Source = source,
                Arguments = field.Arguments!,
                Context = state.ContextValue,
                CancellationToken = state.CancellationToken,
            };
            if (AsyncValues.IsAwaitable(result)) return ResolvePendingAsync(state, field, context, path, new ValueTask<object?>(result));
            var completion = CompleteValueAsync(state, field.Definition.Type, field.Nodes, context, path, result);
            return completion.IsCompletedSuccessfully ? completion : AwaitCompletionAsync(state, field, path, completion);
        }
        catch (Exception error)
        {
            return FieldFailed(state, field.Nodes, field.Definition.Type, path, error);
        }
    }

    /// <summary>
    /// A list whose items are all plain values the item type serialises, completed item by item; null as soon as
    /// one is not (null, a task, an error, a value the scalar refuses): the general completion then reports it
    /// at the item's own path.
    /// </summary>
    private static List<object?>? CompletePlainLeafList(ILeafType itemType, object result)
    {
        if (result is not IList items || result is IDictionary) return null;
        var completed = new List<object?>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is null or Exception or JsonElement || AsyncValues.IsAwaitable(item)) return null;
            try
            {
                completed.Add(CompleteLeafValue(itemType, item));
            }
            catch (Exception)
            {
                return null;
            }
        }
        return completed;
    }

    private static async ValueTask<object?> ResolvePendingAsync(
        ExecutionState state, PlannedField field, ResolveFieldContext context, PathSegment path, ValueTask<object?> resolving)
    {
        try
        {
            var result = await resolving.ConfigureAwait(false);
            if (AsyncValues.IsAwaitable(result)) result = await AsyncValues.UnwrapAsync(result).ConfigureAwait(false);
            return await CompleteValueAsync(state, field.Definition.Type, field.Nodes, context, path, result).ConfigureAwait(false);
        }
        catch (Exception error) when (!IsCancellation(error, state))
        {
            return HandleFieldError(state, LocatedError.From(error, field.Nodes, path.ToPath().ToList()), field.Definition.Type);
        }
    }

    private static async ValueTask<object?> AwaitCompletionAsync(ExecutionState state, PlannedField field, PathSegment path, ValueTask<object?> completion)
    {
        try
        {
            return await completion.ConfigureAwait(false);
        }
        catch (Exception error) when (!IsCancellation(error, state))
        {
            return HandleFieldError(state, LocatedError.From(error, field.Nodes, path.ToPath().ToList()), field.Definition.Type);
        }
    }

    /// <summary>
    /// A synchronous failure of a field or list item, turned into what an async method would have returned: null
    /// with the error recorded (nullable position), else a faulted ValueTask (canceled, for a cancellation).
    /// </summary>
    private static ValueTask<object?> FieldFailed(ExecutionState state, List<FieldNode> nodes, GraphQLType type, PathSegment path, Exception error)
    {
        if (IsCancellation(error, state)) return Rethrow(error);
        try
        {
            return new ValueTask<object?>(HandleFieldError(state, LocatedError.From(error, nodes, path.ToPath().ToList()), type));
        }
        catch (Exception propagated)
        {
            return ValueTask.FromException<object?>(propagated);
        }
    }

#pragma warning disable CS1998 // Thrown inside an async method so that a cancellation ends as a canceled task, as before.
    private static async ValueTask<object?> Rethrow(Exception error)
    {
        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        return null;
    }
#pragma warning restore CS1998

    /// <summary>Spec §6.4.4: a nullable position swallows the error as null; a non-null one passes it to its parent.</summary>
    private static object? HandleFieldError(ExecutionState state, GraphQLError error, GraphQLType returnType)
    {
        if (returnType is NonNullType) throw error;
        state.AddError(error);
        return null;
    }

    private static bool IsCancellation(Exception error, ExecutionState state)
        => error is OperationCanceledException && state.CancellationToken.IsCancellationRequested;

    private static ValueTask<object?> CompleteValueAsync(
        ExecutionState state, GraphQLType returnType, List<FieldNode> fieldNodes, ResolveFieldContext context, PathSegment path, object? result)
    {
        if (result is Exception error) throw error;
        if (result is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined }) result = null;

        if (returnType is NonNullType nonNull) return CompleteNonNullAsync(state, nonNull, fieldNodes, context, path, result);
        if (result is null) return ValueTask.FromResult<object?>(null);

        return returnType switch
        {
            ListType list => CompleteListValueAsync(state, list, fieldNodes, context, path.ToPath(), result),
            ILeafType leaf => ValueTask.FromResult<object?>(CompleteLeafValue(leaf, result)),
            IAbstractType abstractType => CompleteAbstractValueAsync(state, abstractType, fieldNodes, context, path.ToPath(), result),
            ObjectType objectType => CompleteObjectValueAsync(state, objectType, fieldNodes, context, path.ToPath(), result),
            _ => throw new InvalidOperationException($"Cannot complete value of unexpected output type: {returnType}."),
        };
    }

    private static ValueTask<object?> CompleteNonNullAsync(
        ExecutionState state, NonNullType returnType, List<FieldNode> fieldNodes, ResolveFieldContext context, PathSegment path, object? result)
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
        object?[]? values = null;
        Task<object?>[]? pending = null;
        for (var i = 0; i < count; i++)
        {
            var valueTask = CompleteListItem(state, itemType, fieldNodes, context, new PathSegment(path, Index(i), null), items[i]);
            if (pending is null)
            {
                if (valueTask.IsCompletedSuccessfully)
                {
                    results.Add(valueTask.Result);
                    continue;
                }
                pending = new Task<object?>[count];
                values = new object?[count];
            }
            if (valueTask.IsCompletedSuccessfully) values![i] = valueTask.Result;
            else pending[i] = valueTask.AsTask();
        }
        if (pending is null) return new ValueTask<object?>(results);
        return AwaitListAsync(results, pending, values!);
    }

    private static async ValueTask<object?> AwaitListAsync(List<object?> results, Task<object?>[] pending, object?[] values)
    {
        await AwaitPending(pending, values).ConfigureAwait(false);
        for (var i = results.Count; i < values.Length; i++) results.Add(values[i]);
        return results;
    }

    private static readonly object[] BoxedIndices = Enumerable.Range(0, 1024).Select(i => (object)i).ToArray();

    /// <summary>List indices as path keys, boxed once for the common sizes.</summary>
    private static object Index(int i) => (uint)i < (uint)BoxedIndices.Length ? BoxedIndices[i] : i;

    /// <summary>One list item, synchronously when it can be (see <see cref="ExecuteField"/>); never throws.</summary>
    private static ValueTask<object?> CompleteListItem(
        ExecutionState state, GraphQLType itemType, List<FieldNode> fieldNodes, ResolveFieldContext context, PathSegment itemPath, object? item)
    {
        try
        {
            if (AsyncValues.IsAwaitable(item)) return CompleteListItemAsync(state, itemType, fieldNodes, context, itemPath, item);
            var completion = CompleteValueAsync(state, itemType, fieldNodes, context, itemPath, item);
            return completion.IsCompletedSuccessfully ? completion : AwaitListItemAsync(state, itemType, fieldNodes, itemPath, completion);
        }
        catch (Exception error)
        {
            return FieldFailed(state, fieldNodes, itemType, itemPath, error);
        }
    }

    private static async ValueTask<object?> CompleteListItemAsync(
        ExecutionState state, GraphQLType itemType, List<FieldNode> fieldNodes, ResolveFieldContext context, PathSegment itemPath, object? item)
    {
        try
        {
            item = await AsyncValues.UnwrapAsync(item).ConfigureAwait(false);
            return await CompleteValueAsync(state, itemType, fieldNodes, context, itemPath, item).ConfigureAwait(false);
        }
        catch (Exception error) when (!IsCancellation(error, state))
        {
            return HandleFieldError(state, LocatedError.From(error, fieldNodes, itemPath.ToPath().ToList()), itemType);
        }
    }

    private static async ValueTask<object?> AwaitListItemAsync(
        ExecutionState state, GraphQLType itemType, List<FieldNode> fieldNodes, PathSegment itemPath, ValueTask<object?> completion)
    {
        try
        {
            return await completion.ConfigureAwait(false);
        }
        catch (Exception error) when (!IsCancellation(error, state))
        {
            return HandleFieldError(state, LocatedError.From(error, fieldNodes, itemPath.ToPath().ToList()), itemType);
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
        var plan = context.PlannedField is { } field && ReferenceEquals(field.Nodes, fieldNodes)
            ? field.SubPlan(state, returnType)
            : state.Subfields(returnType, fieldNodes);
        return ExecuteFieldsAsync(state, returnType, result, path, plan);
    }
}
