using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Types.Builder;

namespace Catalogue.GraphQL.Tests.Types;

public class SchemaValidatorTests
{
    private static IReadOnlyList<string> Errors(SchemaBuilder builder) => builder.Build(validate: false).Validate().Select(e => e.Message).ToList();

    private static SchemaBuilder WithQuery(Action<FieldsBuilder>? extraFields = null) =>
        new SchemaBuilder().Object("Query", t =>
        {
            t.Field("ok", "String");
            extraFields?.Invoke(t);
        }).Query("Query");

    [Fact]
    public void ValidSchemaHasNoErrors() => Assert.Empty(Validation.TestSchema.Instance.Validate());

    [Fact]
    public void RequiresAQueryType()
    {
        var schema = new Schema(null, types: [new ObjectType("Foo", [new FieldDefinition("x", Scalars.String)])]);
        Assert.Equal(["Query root type must be provided."], schema.Validate().Select(e => e.Message));
    }

    [Fact]
    public void RejectsReservedNamesAndEmptyTypes()
    {
        var errors = Errors(WithQuery(t => t.Field("__bad", "String").Field("empty", "Empty")).Object("Empty", _ => { }));
        Assert.Equal(
            [
                "Name \"__bad\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Type Empty must define one or more fields.",
            ],
            errors);
    }

    [Fact]
    public void ChecksInterfaceImplementations()
    {
        var errors = Errors(WithQuery(t => t.Field("node", "Node"))
            .Interface("Node", t => t.Field("id", "ID!").Field("name", "String", f => f.Argument("lang", "String")))
            .Object("Thing", t => t.Implements("Node").Field("id", "ID").Field("extra", "Int", f => f.Argument("req", "Int!")))
            .Add(new ObjectType("Unused", [new FieldDefinition("a", Scalars.String)])));
        Assert.Contains("Interface field Node.id expects type ID! but Thing.id is type ID.", errors);
        Assert.Contains("Interface field Node.name expected but Thing does not provide it.", errors);
    }

    [Fact]
    public void ChecksInterfaceArgumentsAndTransitiveInterfaces()
    {
        var errors = Errors(WithQuery(t => t.Field("node", "Node"))
            .Interface("Base", t => t.Field("id", "ID!"))
            .Interface("Node", t => t.Implements("Base").Field("id", "ID!").Field("f", "String", f => f.Argument("a", "Int")))
            .Object("Thing", t => t.Implements("Node").Field("id", "ID!").Field("f", "String", f => f.Argument("a", "String").Argument("b", "Int!"))));
        Assert.Contains("Type Thing must implement Base because it is implemented by Node.", errors);
        Assert.Contains("Interface field argument Node.f(a:) expects type Int but Thing.f(a:) is type String.", errors);
        Assert.Contains("Object field Thing.f includes required argument b that is missing from the Interface field Node.f.", errors);
    }

    [Fact]
    public void ChecksInputTypesAndDeprecations()
    {
        var errors = Errors(WithQuery(t => t
                .Field("f", "String", f => f.Argument("in", "In").Argument("req", "Int!", deprecationReason: "old"))
                .Field("g", "String", f => f.Argument("o", "OneOf")))
            .Input("In", t => t.Field("a", "In2!").Field("b", "Int!", deprecationReason: "gone"))
            .Input("In2", t => t.Field("back", "In!"))
            .Input("OneOf", t => t.Field("x", "Int!").FieldWithDefault("y", "String", "y"), isOneOf: true));
        Assert.Equal(
            [
                "Required argument Query.f(req:) cannot be deprecated.",
                "Required input field In.b cannot be deprecated.",
                "Cannot reference Input Object \"In\" within itself through a series of non-null fields: \"a.back\".",
                "OneOf input field OneOf.x must be nullable.",
                "OneOf input field OneOf.y cannot have a default value.",
            ],
            errors);
    }

    [Fact]
    public void ChecksOutputAndInputPositions()
    {
        var input = new InputObjectType("In", [new InputFieldDefinition("a", Scalars.Int)]);
        var obj = new ObjectType("Obj", [new FieldDefinition("a", Scalars.Int)]);
        var query = new ObjectType("Query",
        [
            new FieldDefinition("bad", input),
            new FieldDefinition("arg", Scalars.String, [new ArgumentDefinition("o", obj)]),
        ]);
        Assert.Equal(
            [
                "The type of Query.bad must be Output Type but got: In.",
                "The type of Query.arg(o:) must be Input Type but got: Obj.",
            ],
            new Schema(query).Validate().Select(e => e.Message));
    }

    [Fact]
    public void ChecksUnionsEnumsAndDirectives()
    {
        var schema = new Schema(
            new ObjectType("Query", [new FieldDefinition("u", new UnionType("U", [])), new FieldDefinition("e", new EnumType("E", []))]),
            directives: [.. SpecifiedDirectives.All, new DirectiveDefinition("nowhere", [])]);
        Assert.Equal(
            [
                "Directive @nowhere must include 1 or more locations.",
                "Union type U must define one or more member types.",
                "Enum type E must define one or more values.",
            ],
            schema.Validate().Select(e => e.Message));
        Assert.Throws<AggregateException>(() => schema.AssertValid());
    }
}
