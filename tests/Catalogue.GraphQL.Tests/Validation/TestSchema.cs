using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Types.Builder;

namespace Catalogue.GraphQL.Tests.Validation;

/// <summary>The schema of graphql-js's validation harness (src/validation/__tests__/harness.ts), declared code-first.</summary>
public static class TestSchema
{
    public static Schema Instance { get; } = Build();

    private static Schema Build() => new SchemaBuilder()
        .Interface("Mammal", t => t.Field("mother", "Mammal").Field("father", "Mammal"))
        .Interface("Pet", t => t.Field("name", "String", f => f.Argument("surname", "Boolean")))
        .Interface("Canine", t => t
            .Implements("Mammal")
            .Field("name", "String", f => f.Argument("surname", "Boolean"))
            .Field("mother", "Canine")
            .Field("father", "Canine"))
        .Enum("DogCommand", "SIT", "HEEL", "DOWN")
        .Object("Dog", t => t
            .Implements("Pet", "Mammal", "Canine")
            .Field("name", "String", f => f.Argument("surname", "Boolean"))
            .Field("nickname", "String")
            .Field("barkVolume", "Int")
            .Field("barks", "Boolean")
            .Field("doesKnowCommand", "Boolean", f => f.Argument("dogCommand", "DogCommand"))
            .Field("isHouseTrained", "Boolean", f => f.ArgumentWithDefault("atOtherHomes", "Boolean", true))
            .Field("isAtLocation", "Boolean", f => f.Argument("x", "Int").Argument("y", "Int"))
            .Field("mother", "Dog")
            .Field("father", "Dog"))
        .Object("Cat", t => t
            .Implements("Pet")
            .Field("name", "String", f => f.Argument("surname", "Boolean"))
            .Field("nickname", "String")
            .Field("meows", "Boolean")
            .Field("meowsVolume", "Int")
            .Field("furColor", "FurColor"))
        .Union("CatOrDog", ["Cat", "Dog"])
        .Object("Human", t => t
            .Field("name", "String", f => f.Argument("surname", "Boolean"))
            .Field("pets", "[Pet]")
            .Field("relatives", "[Human]!"))
        .Enum("FurColor", "BROWN", "BLACK", "TAN", "SPOTTED", "NO_FUR", "UNKNOWN")
        .Input("ComplexInput", t => t
            .Field("requiredField", "Boolean!")
            .FieldWithDefault("nonNullField", "Boolean!", false)
            .Field("intField", "Int")
            .Field("stringField", "String")
            .Field("booleanField", "Boolean")
            .Field("stringListField", "[String]"))
        .Input("OneOfInput", t => t.Field("stringField", "String").Field("intField", "Int"), isOneOf: true)
        .Object("ComplicatedArgs", t => t
            .Field("intArgField", "String", f => f.Argument("intArg", "Int"))
            .Field("nonNullIntArgField", "String", f => f.Argument("nonNullIntArg", "Int!"))
            .Field("stringArgField", "String", f => f.Argument("stringArg", "String"))
            .Field("booleanArgField", "String", f => f.Argument("booleanArg", "Boolean"))
            .Field("enumArgField", "String", f => f.Argument("enumArg", "FurColor"))
            .Field("floatArgField", "String", f => f.Argument("floatArg", "Float"))
            .Field("idArgField", "String", f => f.Argument("idArg", "ID"))
            .Field("stringListArgField", "String", f => f.Argument("stringListArg", "[String]"))
            .Field("stringListNonNullArgField", "String", f => f.Argument("stringListNonNullArg", "[String!]"))
            .Field("complexArgField", "String", f => f.Argument("complexArg", "ComplexInput"))
            .Field("oneOfArgField", "String", f => f.Argument("oneOfArg", "OneOfInput"))
            .Field("multipleReqs", "String", f => f.Argument("req1", "Int!").Argument("req2", "Int!"))
            .Field("nonNullFieldWithDefault", "String", f => f.ArgumentWithDefault("arg", "Int!", 0))
            .Field("multipleOpts", "String", f => f.ArgumentWithDefault("opt1", "Int", 0).ArgumentWithDefault("opt2", "Int", 0))
            .Field("multipleOptAndReq", "String", f => f
                .Argument("req1", "Int!").Argument("req2", "Int!").ArgumentWithDefault("opt1", "Int", 0).ArgumentWithDefault("opt2", "Int", 0)))
        .Object("QueryRoot", t => t
            .Field("human", "Human", f => f.Argument("id", "ID"))
            .Field("dog", "Dog")
            .Field("cat", "Cat")
            .Field("pet", "Pet")
            .Field("catOrDog", "CatOrDog")
            .Field("complicatedArgs", "ComplicatedArgs"))
        .Object("SubscriptionRoot", t => t
            .Field("importantEmails", "[String]")
            .Field("notImportantEmails", "[String]")
            .Field("moreImportantEmails", "[String]")
            .Field("spamEmails", "[String]")
            .Field("deletedEmails", "[String]"))
        .Query("QueryRoot")
        .Subscription("SubscriptionRoot")
        .Directive(new DirectiveDefinition("onField", [DirectiveLocation.FIELD]))
        .Directive(new DirectiveDefinition("onQuery", [DirectiveLocation.QUERY]))
        .Directive(new DirectiveDefinition("onMutation", [DirectiveLocation.MUTATION]))
        .Directive(new DirectiveDefinition("onFragmentDefinition", [DirectiveLocation.FRAGMENT_DEFINITION]))
        .Directive(new DirectiveDefinition("onVariableDefinition", [DirectiveLocation.VARIABLE_DEFINITION]))
        .Directive(new DirectiveDefinition("repeatable", [DirectiveLocation.FIELD]) { IsRepeatable = true })
        .Build();
}
