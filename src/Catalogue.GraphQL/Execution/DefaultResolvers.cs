using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Catalogue.GraphQL.Types;

namespace Catalogue.GraphQL.Execution;

/// <summary>graphql-js <c>defaultFieldResolver</c> and <c>defaultTypeResolver</c>, adapted to CLR values.</summary>
public static class DefaultResolvers
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Accessors = new();

    /// <summary>
    /// Reads the field from the source: a dictionary entry, a JSON property, or a public property/field whose
    /// name matches exactly or ignoring case (so <c>title</c> finds <c>Title</c>).
    /// </summary>
    public static readonly FieldResolver FieldResolver = context => ValueTask.FromResult(ReadMember(context.Source, context.FieldName));

    /// <summary>
    /// Names the runtime type: a <c>__typename</c> entry, else the first possible type whose IsTypeOf accepts
    /// the value, else the possible type named like the value's CLR type.
    /// </summary>
    public static readonly TypeResolver TypeResolver = (value, context, abstractType) =>
    {
        if (ReadMember(value, "__typename") is string typeName) return typeName;
        var possibleTypes = context.Info.Schema.GetPossibleTypes(abstractType);
        foreach (var type in possibleTypes)
        {
            if (type.IsTypeOf is { } isTypeOf && isTypeOf(value, context)) return type.Name;
        }
        var clrName = value?.GetType().Name;
        return possibleTypes.FirstOrDefault(t => t.Name == clrName)?.Name;
    };

    public static object? ReadMember(object? source, string name)
    {
        switch (source)
        {
            case null: return null;
            case IReadOnlyDictionary<string, object?> map: return map.GetValueOrDefault(name);
            case IDictionary<string, object?> map: return map.TryGetValue(name, out var v) ? v : null;
            case IDictionary map: return map.Contains(name) ? map[name] : null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty(name, out var property) ? property : null;
        }
        var accessor = Accessors.GetOrAdd((source.GetType(), name), key => BuildAccessor(key.Item1, key.Item2));
        return accessor?.Invoke(source);
    }

    private static Func<object, object?>? BuildAccessor(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        var property = type.GetProperty(name, flags)
            ?? type.GetProperties(flags).FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        if (property is not null && property.GetIndexParameters().Length == 0) return property.GetValue;
        var field = type.GetField(name, flags)
            ?? type.GetFields(flags).FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
        return field is null ? null : field.GetValue;
    }
}
