using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Tests.Validation;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Tests.Utilities;

public class TypeInfoTests
{
    private sealed class Recorder(TypeInfo typeInfo, List<string> log) : AstVisitor
    {
        public override VisitAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case FieldNode field:
                    log.Add($"{field.Name.Value}: {typeInfo.GetParentType()?.Name} -> {typeInfo.GetType()}");
                    break;
                case ArgumentNode argument:
                    log.Add($"arg {argument.Name.Value}: {typeInfo.GetInputType()} default={typeInfo.GetDefaultValue()}");
                    break;
                case ObjectFieldNode objectField:
                    log.Add($"field {objectField.Name.Value}: {typeInfo.GetInputType()} parent={typeInfo.GetParentInputType()}");
                    break;
                case EnumValueNode:
                    log.Add($"enum {typeInfo.GetEnumValue()?.Name}");
                    break;
            }
            return VisitAction.Continue;
        }
    }

    [Fact]
    public void TracksTypesThroughFieldsFragmentsAndArguments()
    {
        var typeInfo = new TypeInfo(TestSchema.Instance);
        var log = new List<string>();
        var document = Parser.Parse("""
            {
              catOrDog { ... on Dog { isHouseTrained doesKnowCommand(dogCommand: SIT) } __typename }
              complicatedArgs { complexArgField(complexArg: { requiredField: true }) }
              __schema { queryType { name } }
            }
            """);
        Visitor.Visit(document, new TypeInfoVisitor(typeInfo, new Recorder(typeInfo, log)));
        Assert.Equal(
            [
                "catOrDog: QueryRoot -> CatOrDog",
                "isHouseTrained: Dog -> Boolean",
                "doesKnowCommand: Dog -> Boolean",
                "arg dogCommand: DogCommand default=(False, )",
                "enum SIT",
                "__typename: CatOrDog -> String!",
                "complicatedArgs: QueryRoot -> ComplicatedArgs",
                "complexArgField: ComplicatedArgs -> String",
                "arg complexArg: ComplexInput default=(False, )",
                "field requiredField: Boolean! parent=ComplexInput",
                "__schema: QueryRoot -> __Schema!",
                "queryType: __Schema -> __Type!",
                "name: __Type -> String",
            ],
            log);
    }
}
