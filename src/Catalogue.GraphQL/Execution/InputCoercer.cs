using System.Collections;
using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Execution;

/// <summary>Reports one coercion problem: the path inside the value, the offending value and the error.</summary>
public delegate void InputCoercionErrorHandler(IReadOnlyList<object> path, object? invalidValue, GraphQLError error);

/// <summary>
/// Coerces an external input value (variables) to a type's internal value (graphql-js <c>coerceInputValue</c>,
/// spec §3.10 input coercion, including @oneOf). Every problem is reported, not only the first.
/// </summary>
public static class InputCoercer
{
    public static object? Coerce(object? inputValue, GraphQLType type, InputCoercionErrorHandler onError)
        => CoerceAt(JsValues.Normalize(inputValue), type, onError, []);

    private static object? CoerceAt(object? inputValue, GraphQLType type, InputCoercionErrorHandler onError, IReadOnlyList<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (inputValue is not null) return CoerceAt(inputValue, nonNull.OfType, onError, path);
            onError(path, inputValue, new GraphQLError($"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }

        if (inputValue is null) return null;

        switch (type)
        {
            case ListType list:
                if (inputValue is IEnumerable items and not string && !IsObjectLike(inputValue))
                {
                    var coerced = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                        coerced.Add(CoerceAt(JsValues.Normalize(item), list.OfType, onError, [.. path, index++]));
                    return coerced;
                }
                // A single value where a list is expected is coerced to a list of one.
                return new List<object?> { CoerceAt(inputValue, list.OfType, onError, path) };

            case InputObjectType inputObject:
                return CoerceInputObject(inputValue, inputObject, onError, path);

            case ILeafType leaf:
                object? parsed;
                try
                {
                    parsed = leaf.ParseValue(inputValue);
                }
                catch (GraphQLError error)
                {
                    onError(path, inputValue, error);
                    return null;
                }
                catch (Exception error)
                {
                    onError(path, inputValue, new GraphQLError($"Expected type \"{leaf.Name}\". {error.Message}", originalError: error));
                    return null;
                }
                return parsed;

            default:
                throw new InvalidOperationException($"Unexpected input type: {type}.");
        }
    }

    private static object? CoerceInputObject(object inputValue, InputObjectType type, InputCoercionErrorHandler onError, IReadOnlyList<object> path)
    {
        if (!IsObjectLike(inputValue))
        {
            onError(path, inputValue, new GraphQLError($"Expected type \"{type.Name}\" to be an object."));
            return null;
        }
        var fields = ToEntries(inputValue);
        var coerced = new Dictionary<string, object?>();

        foreach (var field in type.Fields.Values)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue) coerced[field.Name] = field.DefaultValue;
                else if (field.Type is NonNullType)
                    onError(path, inputValue, new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                continue;
            }
            coerced[field.Name] = CoerceAt(JsValues.Normalize(fieldValue), field.Type, onError, [.. path, field.Name]);
        }

        foreach (var fieldName in fields.Keys)
        {
            if (type.Fields.ContainsKey(fieldName)) continue;
            var suggestions = SuggestionList.Suggest(fieldName, type.Fields.Keys);
            onError(path, inputValue, new GraphQLError($"Field \"{fieldName}\" is not defined by type \"{type.Name}\"." + DidYouMean.Format(suggestions)));
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
                onError(path, inputValue, new GraphQLError($"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            else
            {
                var (key, value) = coerced.First();
                if (value is null) onError([.. path, key], value, new GraphQLError($"Field \"{key}\" must be non-null."));
            }
        }
        return coerced;
    }

    private static bool IsObjectLike(object value)
        => value is IDictionary<string, object?> or IReadOnlyDictionary<string, object?> or IDictionary;

    private static Dictionary<string, object?> ToEntries(object value)
    {
        var entries = new Dictionary<string, object?>();
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                foreach (var (k, v) in map) entries[k] = v;
                break;
            case IDictionary<string, object?> map:
                foreach (var (k, v) in map) entries[k] = v;
                break;
            case IDictionary map:
                foreach (DictionaryEntry entry in map) entries[entry.Key.ToString()!] = entry.Value;
                break;
        }
        return entries;
    }

    /// <summary>graphql-js <c>printPathArray</c>: ".a[0].b".</summary>
    public static string PrintPath(IReadOnlyList<object> path)
        => string.Concat(path.Select(key => key is int index ? $"[{index}]" : "." + key));
}
