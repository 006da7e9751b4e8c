using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Types;

/// <summary>One value of an enum: its GraphQL name and the internal value resolvers see (the name itself by default).</summary>
public sealed class EnumValueDefinition
{
    public EnumValueDefinition(string name, object? value = null)
    {
        Name = NameValidator.AssertName(name);
        Value = value ?? name;
    }

    public string Name { get; }

    public object? Value { get; }

    public string? Description { get; init; }

    public string? DeprecationReason { get; init; }
}

/// <summary>A leaf type with a closed set of values (graphql-js GraphQLEnumType).</summary>
public sealed class EnumType : NamedType, ILeafType
{
    private readonly IReadOnlyList<EnumValueDefinition> _values;
    private readonly Dictionary<string, EnumValueDefinition> _byName;

    public EnumType(string name, IEnumerable<EnumValueDefinition> values, string? description = null) : base(name, description)
    {
        _values = values.ToList();
        _byName = new Dictionary<string, EnumValueDefinition>();
        foreach (var v in _values)
            if (!_byName.TryAdd(v.Name, v))
                throw new ArgumentException($"Enum \"{name}\" defines value \"{v.Name}\" more than once.", nameof(values));
    }

    /// <summary>An enum whose internal values are the members of a C# enum, named as written in C#.</summary>
    public static EnumType FromClrEnum<TEnum>(string? name = null, string? description = null) where TEnum : struct, Enum =>
        new(name ?? typeof(TEnum).Name,
            Enum.GetValues<TEnum>().Select(v => new EnumValueDefinition(v.ToString(), v)),
            description);

    public IReadOnlyList<EnumValueDefinition> Values => _values;

    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    public object? Serialize(object? value)
    {
        var plain = JsValues.Normalize(value);
        foreach (var v in _values)
            if (Equals(v.Value, plain)) return v.Name;
        throw ErrorFactory.Create($"Enum \"{Name}\" cannot represent value: {Inspector.Inspect(plain)}");
    }

    public object? ParseValue(object? value)
    {
        var plain = JsValues.Normalize(value);
        if (plain is not string text)
        {
            var valueStr = Inspector.Inspect(plain);
            throw ErrorFactory.Create($"Enum \"{Name}\" cannot represent non-string value: {valueStr}." + DidYouMeanEnumValue(valueStr));
        }
        var found = GetValue(text);
        if (found is null)
            throw ErrorFactory.Create($"Value \"{text}\" does not exist in \"{Name}\" enum." + DidYouMeanEnumValue(text));
        return found.Value;
    }

    public object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) =>
        ParseLiteral(valueNode, variables, hideSuggestions: false);

    /// <summary>As graphql-js 16.15: validation passes hideSuggestions so messages can omit "Did you mean".</summary>
    public object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables, bool hideSuggestions)
    {
        string DidYouMeanEnumValue(string unknownValue) => hideSuggestions ? "" : this.DidYouMeanEnumValue(unknownValue);

        if (valueNode is not EnumValueNode enumNode)
        {
            var valueStr = Printer.Print(valueNode);
            throw ErrorFactory.Create($"Enum \"{Name}\" cannot represent non-enum value: {valueStr}." + DidYouMeanEnumValue(valueStr), valueNode);
        }
        var found = GetValue(enumNode.Value);
        if (found is null)
            throw ErrorFactory.Create(
                $"Value \"{enumNode.Value}\" does not exist in \"{Name}\" enum." + DidYouMeanEnumValue(enumNode.Value), valueNode);
        return found.Value;
    }

    private string DidYouMeanEnumValue(string unknownValue) =>
        DidYouMean.Format("the enum value", SuggestionList.Suggest(unknownValue, _values.Select(v => v.Name)));
}
