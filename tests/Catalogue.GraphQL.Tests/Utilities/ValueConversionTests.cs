using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Tests.Validation;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Tests.Utilities;

public class ValueFromAstTests
{
    private static readonly InputObjectType ComplexInput = (InputObjectType)TestSchema.Instance.GetType("ComplexInput")!;
    private static readonly InputObjectType OneOfInput = (InputObjectType)TestSchema.Instance.GetType("OneOfInput")!;

    private static (bool Ok, object? Value) Convert(string literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables = null) =>
        ValueFromAst.TryGetValue(Parser.ParseValue(literal), type, variables, out var value) ? (true, value) : (false, null);

    [Fact]
    public void ConvertsScalarsAndRejectsInvalidLiterals()
    {
        Assert.Equal((true, 123), Convert("123", Scalars.Int));
        Assert.Equal((true, 1.0), Convert("1", Scalars.Float));
        Assert.Equal((true, "4"), Convert("4", Scalars.ID));
        Assert.False(Convert("1.5", Scalars.Int).Ok);
        Assert.False(Convert("null", new NonNullType(Scalars.Int)).Ok);
        Assert.Equal((true, null), Convert("null", Scalars.Int));
    }

    [Fact]
    public void CoercesSingleValuesToListsAndChecksItems()
    {
        Assert.Equal(new List<object?> { 1 }, Convert("1", new ListType(Scalars.Int)).Value);
        Assert.Equal(new List<object?> { 1, null }, Convert("[1, null]", new ListType(Scalars.Int)).Value);
        Assert.False(Convert("[1, null]", new ListType(new NonNullType(Scalars.Int))).Ok);
        // A missing variable inside a list becomes null, unless items are non-null.
        Assert.Equal(new List<object?> { 1, null }, Convert("[1, $missing]", new ListType(Scalars.Int), new Dictionary<string, object?>()).Value);
    }

    [Fact]
    public void AppliesInputObjectDefaultsAndOneOfRules()
    {
        var value = Assert.IsType<Dictionary<string, object?>>(Convert("{ requiredField: true, intField: $i }", ComplexInput, new Dictionary<string, object?> { ["i"] = 7 }).Value);
        Assert.Equal(true, value["requiredField"]);
        Assert.Equal(false, value["nonNullField"]);
        Assert.Equal(7, value["intField"]);
        Assert.False(value.ContainsKey("stringField"));
        Assert.False(Convert("{ intField: 1 }", ComplexInput).Ok);
        Assert.True(Convert("{ intField: 1 }", OneOfInput).Ok);
        Assert.False(Convert("{ intField: 1, stringField: \"a\" }", OneOfInput).Ok);
        Assert.False(Convert("{ intField: null }", OneOfInput).Ok);
    }

    [Fact]
    public void VariablesAreTakenAsIsButMustBeProvided()
    {
        var vars = new Dictionary<string, object?> { ["n"] = null, ["s"] = "x" };
        Assert.Equal((true, "x"), Convert("$s", Scalars.String, vars));
        Assert.False(Convert("$n", new NonNullType(Scalars.String), vars).Ok);
        Assert.False(Convert("$absent", Scalars.String, vars).Ok);
    }

    [Fact]
    public void UntypedConversionKeepsJsNumberKinds()
    {
        var value = ValueFromAst.Untyped(Parser.ParseValue("{ i: 1, big: 12345678901, f: 1.5, e: ENUM, l: [true, null] }"));
        var map = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.IsType<int>(map["i"]);
        Assert.IsType<long>(map["big"]);
        Assert.Equal(1.5, map["f"]);
        Assert.Equal("ENUM", map["e"]);
        Assert.Equal(new List<object?> { true, null }, map["l"]);
    }
}

public class AstFromValueTests
{
    private static string? Print(object? value, GraphQLType type) =>
        AstFromValue.From(value, type) is { } node ? Printer.Print(node) : null;

    [Fact]
    public void PrintsScalarsEnumsListsAndObjects()
    {
        Assert.Equal("123", Print(123, Scalars.Int));
        Assert.Equal("1.5", Print(1.5, Scalars.Float));
        Assert.Equal("1", Print(1.0, Scalars.Float));
        Assert.Equal("\"hello\"", Print("hello", Scalars.String));
        Assert.Equal("123", Print("123", Scalars.ID));
        Assert.Equal("\"abc\"", Print("abc", Scalars.ID));
        Assert.Equal("true", Print(true, Scalars.Boolean));
        var furColor = (EnumType)TestSchema.Instance.GetType("FurColor")!;
        Assert.Equal("BROWN", Print("BROWN", furColor));
        Assert.Equal("[BROWN, TAN]", Print(new[] { "BROWN", "TAN" }, new ListType(furColor)));
        Assert.Equal("BROWN", Print("BROWN", new ListType(furColor)));
        var complex = (InputObjectType)TestSchema.Instance.GetType("ComplexInput")!;
        Assert.Equal("{requiredField: true, intField: 3}",
            Print(new Dictionary<string, object?> { ["requiredField"] = true, ["intField"] = 3, ["unknown"] = 1 }, complex)!.Replace("{ ", "{").Replace(" }", "}"));
    }

    [Fact]
    public void NullHandling()
    {
        Assert.Equal("null", Print(null, Scalars.String));
        Assert.Null(Print(null, new NonNullType(Scalars.String)));
        Assert.Null(Print(AstFromValue.Undefined, Scalars.String));
    }
}

public class TypeComparatorsTests
{
    private static readonly Schema Schema = TestSchema.Instance;
    private static NamedType T(string name) => Schema.GetType(name)!;

    [Fact]
    public void EqualityIsStructuralForWrappers()
    {
        Assert.True(TypeComparators.IsEqualType(new ListType(new NonNullType(Scalars.Int)), new ListType(new NonNullType(Scalars.Int))));
        Assert.False(TypeComparators.IsEqualType(new ListType(Scalars.Int), Scalars.Int));
    }

    [Fact]
    public void SubtypingFollowsNullabilityListsAndAbstractTypes()
    {
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, new NonNullType(Scalars.Int), Scalars.Int));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, Scalars.Int, new NonNullType(Scalars.Int)));
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, T("Dog"), T("Pet")));
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, new ListType(T("Dog")), new ListType(T("CatOrDog"))));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, T("Human"), T("Pet")));
    }

    [Fact]
    public void OverlapBetweenCompositeTypes()
    {
        Assert.True(TypeComparators.DoTypesOverlap(Schema, (ICompositeType)T("Pet"), (ICompositeType)T("CatOrDog")));
        Assert.False(TypeComparators.DoTypesOverlap(Schema, (ICompositeType)T("Human"), (ICompositeType)T("Pet")));
        Assert.True(TypeComparators.DoTypesOverlap(Schema, (ICompositeType)T("Dog"), (ICompositeType)T("Canine")));
    }
}
