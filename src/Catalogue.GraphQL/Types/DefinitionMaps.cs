namespace Catalogue.GraphQL.Types;

/// <summary>Builds the ordered, name-keyed maps of fields that types expose, resolving thunks lazily so types can refer to each other.</summary>
internal static class DefinitionMaps
{
    public static Lazy<IReadOnlyDictionary<string, T>> Lazy<T>(string typeName, Func<IEnumerable<T>> thunk, Func<T, string> nameOf) =>
        new(() => Build(typeName, thunk(), nameOf));

    public static IReadOnlyDictionary<string, T> Build<T>(string typeName, IEnumerable<T> items, Func<T, string> nameOf)
    {
        var map = new OrderedDictionary<string, T>();
        foreach (var item in items)
            if (!map.TryAdd(nameOf(item), item))
                throw new ArgumentException($"{typeName} defines \"{nameOf(item)}\" more than once.");
        return map;
    }
}
