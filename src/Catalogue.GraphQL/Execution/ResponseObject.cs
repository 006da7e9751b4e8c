using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Catalogue.GraphQL.Execution;

/// <summary>
/// An object of the response: its values, in response order, beside the keys of the plan that produced it. The
/// keys array is shared by every object of that plan (fifty datasets, one array), so an object costs two small
/// allocations instead of an ordered dictionary's three and its hashing. Read-only to consumers, like the
/// dictionaries it replaces; looking up a key is a linear scan, fine for a selection's handful of fields.
/// </summary>
public sealed class ResponseObject : IReadOnlyDictionary<string, object?>
{
    private readonly ResponseKeys _keys;
    private readonly object?[] _values;

    internal ResponseObject(ResponseKeys keys, object?[] values)
    {
        _keys = keys;
        _values = values;
    }

    public int Count => _values.Length;

    /// <summary>The key at <paramref name="index"/>, in response order.</summary>
    public string KeyAt(int index) => _keys.Names[index];

    /// <summary>The key at <paramref name="index"/>, JSON-encoded once for every object of the plan.</summary>
    public JsonEncodedText EncodedKeyAt(int index) => _keys.Encoded[index];

    /// <summary>The value at <paramref name="index"/>, in response order.</summary>
    public object? ValueAt(int index) => _values[index];

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => _keys.Names;

    public IEnumerable<object?> Values => _values;

    public bool ContainsKey(string key) => Array.IndexOf(_keys.Names, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_keys.Names, key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++) yield return new(_keys.Names[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// The response keys of one plan, with their JSON encodings: a page writes the same few property names for each of
/// its fifty objects, so they are escaped and transcoded to UTF-8 once per plan rather than once per object.
/// Response keys are GraphQL names (letters, digits, underscores), which every JSON encoder writes alike.
/// </summary>
internal sealed class ResponseKeys(string[] names)
{
    private JsonEncodedText[]? _encoded;

    public string[] Names { get; } = names;

    public JsonEncodedText[] Encoded => _encoded ??= Array.ConvertAll(Names, name => JsonEncodedText.Encode(name));
}
