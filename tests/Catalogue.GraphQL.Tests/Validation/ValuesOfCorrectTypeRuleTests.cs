using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValuesOfCorrectTypeRule Rule = new();

    [Fact]
    public void ValidLiterals() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                intArgField(intArg: 2)
                floatArgField(floatArg: 1)
                stringArgField(stringArg: "s")
                idArgField(idArg: 1)
                enumArgField(enumArg: BROWN)
                stringListArgField(stringListArg: "single")
                complexArgField(complexArg: { requiredField: true, stringListField: ["a", null] })
                oneOfArgField(oneOfArg: { intField: 1 })
              }
              dog { doesKnowCommand(dogCommand: SIT) }
            }
            """);

    [Fact]
    public void InvalidScalarLiterals()
    {
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                intArgField(intArg: "3")
                stringArgField(stringArg: 1)
                booleanArgField(booleanArg: 2)
                intArgField(intArg: 829384293849283498239482938)
                floatArgField(floatArg: true)
                idArgField(idArg: 1.0)
              }
            }
            """,
            E("Int cannot represent non-integer value: \"3\"", (3, 25)),
            E("String cannot represent a non string value: 1", (4, 31)),
            E("Boolean cannot represent a non boolean value: 2", (5, 33)),
            E("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (6, 25)),
            E("Float cannot represent non numeric value: true", (7, 29)),
            E("ID cannot represent a non-string and non-integer value: 1.0", (8, 23)));
    }

    [Fact]
    public void InvalidEnumLiterals()
    {
        ExpectErrors(Rule, """
            {
              dog {
                a: doesKnowCommand(dogCommand: "SIT")
                b: doesKnowCommand(dogCommand: JUGGLE)
                c: doesKnowCommand(dogCommand: sit)
              }
            }
            """,
            E("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", (3, 36)),
            E("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", (4, 36)),
            E("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", (5, 36)));
    }

    [Fact]
    public void NullIntoNonNullAndListItems()
    {
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: null)
                stringListArgField(stringListArg: ["one", 2])
              }
            }
            """,
            E("Expected value of type \"Int!\", found null.", (3, 39)),
            E("String cannot represent a non string value: 2", (4, 47)));
    }

    [Fact]
    public void InputObjectFields()
    {
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                a: complexArgField(complexArg: { intField: 4 })
                b: complexArgField(complexArg: { requiredField: true, invalidField: "value" })
              }
            }
            """,
            E("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (3, 36)),
            E("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (4, 59)));
    }

    [Fact]
    public void OneOfInputObjects()
    {
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                a: oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
                b: oneOfArgField(oneOfArg: { stringField: null })
              }
            }
            """,
            E("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (3, 32)),
            E("Field \"OneOfInput.stringField\" must be non-null.", (4, 32)));
    }

    [Fact]
    public void VariableDefaultValues()
    {
        ExpectErrors(Rule, """
            query WithDefaultValues($a: Int = "one", $b: String = 4, $c: ComplexInput = "NotVeryComplex") {
              dog { name }
            }
            """,
            E("Int cannot represent non-integer value: \"one\"", (1, 35)),
            E("String cannot represent a non string value: 4", (1, 55)),
            E("Expected value of type \"ComplexInput\", found \"NotVeryComplex\".", (1, 77)));
    }
}
