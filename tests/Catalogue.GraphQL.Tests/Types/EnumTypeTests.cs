using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;

namespace Catalogue.GraphQL.Tests.Types;

public class EnumTypeTests
{
    private enum Colour { Red, Green, Blue }

    private static readonly EnumType Rgb = new("RGB",
    [
        new EnumValueDefinition("RED", 0),
        new EnumValueDefinition("GREEN", 1),
        new EnumValueDefinition("BLUE", 2) { DeprecationReason = "Use GREEN" },
    ]);

    [Fact]
    public void MapsBetweenNamesAndInternalValues()
    {
        Assert.Equal("GREEN", Rgb.Serialize(1));
        Assert.Equal(2, Rgb.ParseValue("BLUE"));
        Assert.Equal(0, Rgb.ParseLiteral(Parser.ParseValue("RED"), null));
    }

    [Fact]
    public void ReportsUnknownValuesWithSuggestions()
    {
        Assert.Equal("Enum \"RGB\" cannot represent value: 7", Assert.Throws<GraphQLError>(() => Rgb.Serialize(7)).Message);
        Assert.Equal("Value \"red\" does not exist in \"RGB\" enum. Did you mean the enum value \"RED\"?",
            Assert.Throws<GraphQLError>(() => Rgb.ParseValue("red")).Message);
        Assert.Equal("Enum \"RGB\" cannot represent non-string value: 1.",
            Assert.Throws<GraphQLError>(() => Rgb.ParseValue(1)).Message);
        // As in graphql-js, the suggestion is computed from the printed literal, quotes included.
        Assert.Equal("Enum \"RGB\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?",
            Assert.Throws<GraphQLError>(() => Rgb.ParseLiteral(Parser.ParseValue("\"RED\""), null)).Message);
        Assert.Equal("Value \"RDE\" does not exist in \"RGB\" enum.",
            Assert.Throws<GraphQLError>(() => Rgb.ParseLiteral(Parser.ParseValue("RDE"), null, hideSuggestions: true)).Message);
    }

    [Fact]
    public void BuildsFromClrEnums()
    {
        var colour = EnumType.FromClrEnum<Colour>();
        Assert.Equal(["Red", "Green", "Blue"], colour.Values.Select(v => v.Name));
        Assert.Equal(Colour.Blue, colour.ParseValue("Blue"));
        Assert.Equal("Green", colour.Serialize(Colour.Green));
    }

    [Fact]
    public void RejectsDuplicateValueNames() =>
        Assert.Throws<ArgumentException>(() => new EnumType("E", [new EnumValueDefinition("A"), new EnumValueDefinition("A")]));
}
