using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Tests.Types;

/// <summary>
/// Schema validation compared with graphql-js 16.15: each expected text is what
/// <c>validateSchema(buildSchema(sdl, { assumeValidSDL: true }))</c> reported for the same SDL.
/// </summary>
public class SchemaValidatorParityTests
{
    [Theory]
    [InlineData("type Query { a: String } interface I { id: ID! name: String } type T implements I { id: ID }",
        "Interface field I.id expects type ID! but T.id is type ID.\nInterface field I.name expected but T does not provide it.")]
    [InlineData("type Query { a: In } input In { x: Int }",
        "The type of Query.a must be Output Type but got: In.")]
    [InlineData("type Query { a(x: Query): String }",
        "The type of Query.a(x:) must be Input Type but got: Query.")]
    [InlineData("type Query { a(x: Int! @deprecated): String }",
        "Required argument Query.a(x:) cannot be deprecated.")]
    [InlineData("type Query { a: String } input A { b: B! } input B { a: A! } input C { c: C! }",
        "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".\nCannot reference Input Object \"C\" within itself through a series of non-null fields: \"c\".")]
    [InlineData("type Query { a: String } input O @oneOf { a: Int! b: String = \"x\" }",
        "OneOf input field O.a must be nullable.\nOneOf input field O.b cannot have a default value.")]
    [InlineData("type Query { __a: String } type __B { a: String }",
        "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.\nName \"__B\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: String } interface A implements B { a: String } interface B implements A { a: String }",
        "Type A cannot implement B because it would create a circular reference.\nType B cannot implement A because it would create a circular reference.")]
    [InlineData("type Query { a: String } interface I { f(x: Int): String } type T implements I { f(x: String, y: Int!): String }",
        "Interface field argument I.f(x:) expects type Int but T.f(x:) is type String.\nObject field T.f includes required argument y that is missing from the Interface field I.f.")]
    [InlineData("type Query { a: String } interface A { a: String } interface B implements A { a: String } type C implements B { a: String }",
        "Type C must implement A because it is implemented by B.")]
    [InlineData("type Query { a: String } type T implements I & I { a: String } interface I { a: String }",
        "Type T can only implement I once.")]
    [InlineData("type Query { a: String } union U = Query | Query",
        "Union type U can only include type Query once.")]
    [InlineData("type Query { a: String } enum E { __x }",
        "Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: String } directive @__d on FIELD directive @d(__a: Int, b: Query) on FIELD",
        "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection.\nName \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.\nThe type of @d(b:) must be Input Type but got: Query.")]
    [InlineData("type Query { a: String } type E",
        "Type E must define one or more fields.")]
    public void MessagesMatchGraphqlJs(string sdl, string expected)
    {
        var schema = BuildAstSchema.Build(sdl, new BuildAstSchemaOptions { AssertValid = false });
        Assert.Equal(expected, string.Join("\n", schema.Validate().Select(e => e.Message)));
    }
}
