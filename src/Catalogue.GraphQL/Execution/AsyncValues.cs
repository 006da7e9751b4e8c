using System.Collections.Concurrent;
using System.Reflection;

namespace Catalogue.GraphQL.Execution;

/// <summary>
/// Resolvers and default-resolved members may hand back a Task, Task&lt;T&gt; or ValueTask&lt;T&gt; as a value
/// (e.g. a property of type Task&lt;string&gt;); this awaits such values so completion sees the result.
/// </summary>
internal static class AsyncValues
{
    private static readonly ConcurrentDictionary<Type, Func<object, Task>?> ValueTaskConverters = new();
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> ResultProperties = new();

    /// <summary>
    /// Asked of every resolved value, so the common answers are found without the converter cache: only Task (a
    /// class) and ValueTask/ValueTask&lt;T&gt; (structs, boxed) are awaitable, so any other class is not.
    /// </summary>
    public static bool IsAwaitable(object? value)
    {
        if (value is null || value is string) return false;
        if (value is Task) return true;
        var type = value.GetType();
        return type.IsValueType && ValueTaskConverter(type) is not null;
    }

    public static async ValueTask<object?> UnwrapAsync(object? value)
    {
        while (true)
        {
            Task task;
            if (value is Task t) task = t;
            else if (value is not null && ValueTaskConverter(value.GetType()) is { } convert) task = convert(value);
            else return value;

            await task.ConfigureAwait(false);
            value = ResultProperties.GetOrAdd(task.GetType(), ResultProperty)?.GetValue(task);
        }
    }

    private static PropertyInfo? ResultProperty(Type taskType)
    {
        for (var type = taskType; type is not null && type != typeof(Task); type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
            {
                var resultType = type.GetGenericArguments()[0];
                // Task<VoidTaskResult> (a non-generic Task at compile time) has no meaningful result.
                return resultType.Name == "VoidTaskResult" ? null : type.GetProperty("Result");
            }
        }
        return null;
    }

    private static Func<object, Task>? ValueTaskConverter(Type type) => ValueTaskConverters.GetOrAdd(type, t =>
    {
        if (t == typeof(ValueTask)) return v => ((ValueTask)v).AsTask();
        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            var asTask = t.GetMethod(nameof(ValueTask<int>.AsTask))!;
            return v => (Task)asTask.Invoke(v, null)!;
        }
        return null;
    });
}
