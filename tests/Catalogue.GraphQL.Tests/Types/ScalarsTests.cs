using System.Text.Json;
using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;

namespace Catalogue.GraphQL.Tests.Types;

public class ScalarsTests
{
    private static string ErrorOf(Action action) => Assert.Throws<GraphQLError>(action).Message;

    [Fact]
    public void IntSerializesIntegersBooleansAndNumericStrings()
    {
        Assert.Equal(1, Scalars.Int.Serialize(1));
        Assert.Equal(1, Scalars.Int.Serialize(1.0));
        Assert.Equal(1, Scalars.Int.Serialize(true));
        Assert.Equal(-3, Scalars.Int.Serialize("-3"));
        Assert.Equal(5, Scalars.Int.Serialize(5L));
    }

    [Fact]
    public void IntRejectsFractionsAndOutOfRangeValues()
    {
        Assert.Equal("Int cannot represent non-integer value: 1.5", ErrorOf(() => Scalars.Int.Serialize(1.5)));
        Assert.Equal("Int cannot represent non-integer value: \"abc\"", ErrorOf(() => Scalars.Int.Serialize("abc")));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648", ErrorOf(() => Scalars.Int.Serialize(2147483648L)));
        Assert.Equal("Int cannot represent non-integer value: 1.5", ErrorOf(() => Scalars.Int.ParseValue(1.5)));
        Assert.Equal("Int cannot represent non-integer value: \"1\"", ErrorOf(() => Scalars.Int.ParseValue("1")));
        Assert.Equal("Int cannot represent non-integer value: true", ErrorOf(() => Scalars.Int.ParseValue(true)));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 1e+100", ErrorOf(() => Scalars.Int.ParseValue(1e100)));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: -2147483649", ErrorOf(() => Scalars.Int.ParseValue(-2147483649L)));
    }

    [Fact]
    public void IntParsesJsonVariablesAndLiterals()
    {
        using var json = JsonDocument.Parse("[7, 7.0, 7.5]");
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(7, Scalars.Int.ParseValue(items[0]));
        Assert.Equal(7, Scalars.Int.ParseValue(items[1]));
        Assert.Equal("Int cannot represent non-integer value: 7.5", ErrorOf(() => Scalars.Int.ParseValue(items[2])));
        Assert.Equal(42, Scalars.Int.ParseLiteral(Parser.ParseValue("42"), null));
        Assert.Equal("Int cannot represent non-integer value: 4.2", ErrorOf(() => Scalars.Int.ParseLiteral(Parser.ParseValue("4.2"), null)));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648",
            ErrorOf(() => Scalars.Int.ParseLiteral(Parser.ParseValue("2147483648"), null)));
    }

    [Fact]
    public void FloatCoercion()
    {
        Assert.Equal(1.5, Scalars.Float.Serialize(1.5));
        Assert.Equal(1.0, Scalars.Float.Serialize(true));
        Assert.Equal(2.0, Scalars.Float.ParseValue(2));
        Assert.Equal("Float cannot represent non numeric value: NaN", ErrorOf(() => Scalars.Float.Serialize(double.NaN)));
        Assert.Equal("Float cannot represent non numeric value: \"x\"", ErrorOf(() => Scalars.Float.ParseValue("x")));
        Assert.Equal(3.0, Scalars.Float.ParseLiteral(Parser.ParseValue("3"), null));
        Assert.Equal("Float cannot represent non numeric value: \"3\"", ErrorOf(() => Scalars.Float.ParseLiteral(Parser.ParseValue("\"3\""), null)));
    }

    [Fact]
    public void StringCoercion()
    {
        Assert.Equal("1.5", Scalars.String.Serialize(1.5));
        Assert.Equal("true", Scalars.String.Serialize(true));
        Assert.Equal("1e+21", Scalars.String.Serialize(1e21));
        Assert.Equal("String cannot represent value: { a: 1 }",
            ErrorOf(() => Scalars.String.Serialize(new Dictionary<string, object?> { ["a"] = 1 })));
        Assert.Equal("String cannot represent a non string value: 1", ErrorOf(() => Scalars.String.ParseValue(1)));
        Assert.Equal("String cannot represent a non string value: [\"a\"]", ErrorOf(() => Scalars.String.ParseValue(new List<object?> { "a" })));
    }

    [Fact]
    public void BooleanCoercion()
    {
        Assert.Equal(true, Scalars.Boolean.Serialize(1));
        Assert.Equal(false, Scalars.Boolean.Serialize(0.0));
        Assert.Equal("Boolean cannot represent a non boolean value: \"true\"", ErrorOf(() => Scalars.Boolean.Serialize("true")));
        Assert.Equal("Boolean cannot represent a non boolean value: 1", ErrorOf(() => Scalars.Boolean.ParseValue(1)));
        Assert.Equal("Boolean cannot represent a non boolean value: null", ErrorOf(() => Scalars.Boolean.ParseLiteral(Parser.ParseValue("null"), null)));
    }

    [Fact]
    public void IdCoercion()
    {
        Assert.Equal("123", Scalars.ID.Serialize(123));
        Assert.Equal("abc", Scalars.ID.ParseValue("abc"));
        Assert.Equal("4", Scalars.ID.ParseValue(4));
        Assert.Equal("4", Scalars.ID.ParseLiteral(Parser.ParseValue("4"), null));
        Assert.Equal("ID cannot represent value: 1.5", ErrorOf(() => Scalars.ID.ParseValue(1.5)));
        Assert.Equal("ID cannot represent value: true", ErrorOf(() => Scalars.ID.Serialize(true)));
        Assert.Equal("ID cannot represent a non-string and non-integer value: 1.5", ErrorOf(() => Scalars.ID.ParseLiteral(Parser.ParseValue("1.5"), null)));
    }

    [Fact]
    public void CustomScalarDefaultsToIdentityAndUntypedLiterals()
    {
        var json = new ScalarType("JSON") { SpecifiedByUrl = "https://www.rfc-editor.org/rfc/rfc8259" };
        Assert.Equal("x", json.Serialize("x"));
        var literal = Assert.IsType<Dictionary<string, object?>>(json.ParseLiteral(Parser.ParseValue("{ a: [1, 2.5, \"s\", $v] }"), new Dictionary<string, object?> { ["v"] = true }));
        Assert.Equal(new List<object?> { 1, 2.5, "s", true }, literal["a"]);
    }
}
