using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Values of correct type: every literal is valid for the input type expected where it appears
/// (scalars and enums judge their own literals; input objects need their required fields; @oneOf needs exactly one).
/// Spec §5.6.1 (https://spec.graphql.org/draft/#sec-Values-of-Correct-Type).
/// </summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor()
        .Enter<ListValueNode>(node =>
        {
            if (context.GetParentInputType()?.GetNullableType() is ListType) return VisitAction.Continue;
            IsValidValueNode(context, node);
            return VisitAction.Skip;
        })
        .Enter<ObjectValueNode>(node =>
        {
            if (context.GetInputType()?.GetNamedType() is not InputObjectType type)
            {
                IsValidValueNode(context, node);
                return VisitAction.Skip;
            }
            var fieldNodes = new Dictionary<string, ObjectFieldNode>();
            foreach (var f in node.Fields) fieldNodes[f.Name.Value] = f;
            foreach (var fieldDef in type.Fields.Values)
                if (!fieldNodes.ContainsKey(fieldDef.Name) && fieldDef.IsRequired)
                    context.ReportError($"Field \"{type.Name}.{fieldDef.Name}\" of required type \"{fieldDef.Type}\" was not provided.", node);
            if (type.IsOneOf) ValidateOneOfInputObject(context, node, type, fieldNodes);
            return VisitAction.Continue;
        })
        .Enter<ObjectFieldNode>(node =>
        {
            if (context.GetInputType() is not null || context.GetParentInputType()?.GetNamedType() is not InputObjectType parentType) return;
            var suggestions = context.HideSuggestions ? [] : SuggestionList.Suggest(node.Name.Value, parentType.Fields.Keys);
            context.ReportError($"Field \"{node.Name.Value}\" is not defined by type \"{parentType.Name}\"." + DidYouMean.Format(suggestions), node);
        })
        .Enter<NullValueNode>(node =>
        {
            if (context.GetInputType() is NonNullType type)
                context.ReportError($"Expected value of type \"{type}\", found {Printer.Print(node)}.", node);
        })
        .Enter<EnumValueNode>(node => IsValidValueNode(context, node))
        .Enter<IntValueNode>(node => IsValidValueNode(context, node))
        .Enter<FloatValueNode>(node => IsValidValueNode(context, node))
        .Enter<StringValueNode>(node => IsValidValueNode(context, node))
        .Enter<BooleanValueNode>(node => IsValidValueNode(context, node));

    private static void IsValidValueNode(ValidationContext context, ValueNode node)
    {
        if (context.GetInputType() is not { } locationType) return;
        var type = locationType.GetNamedType();
        if (type is not ILeafType leaf)
        {
            context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
            return;
        }
        try
        {
            _ = leaf is EnumType enumType
                ? enumType.ParseLiteral(node, null, context.HideSuggestions)
                : leaf.ParseLiteral(node, null);
        }
        catch (Errors.GraphQLError error)
        {
            context.ReportError(error);
        }
        catch (Exception error)
        {
            context.ReportError(new Errors.GraphQLError(
                $"Expected value of type \"{locationType}\", found {Printer.Print(node)}; " + error.Message, [node], originalError: error));
        }
    }

    private static void ValidateOneOfInputObject(ValidationContext context, ObjectValueNode node, InputObjectType type, Dictionary<string, ObjectFieldNode> fieldNodes)
    {
        if (fieldNodes.Count != 1)
        {
            context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }
        var (key, field) = fieldNodes.First();
        if (field.Value is NullValueNode)
            context.ReportError($"Field \"{type.Name}.{key}\" must be non-null.", node);
    }
}
