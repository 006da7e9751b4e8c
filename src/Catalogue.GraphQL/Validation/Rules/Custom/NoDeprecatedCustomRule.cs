using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;

namespace Catalogue.GraphQL.Validation.Rules.Custom;

/// <summary>
/// Reports every use of a deprecated field, argument, input field or enum value (graphql-js NoDeprecatedCustomRule),
/// e.g. to log or reject clients still relying on them. Not part of the specified rules.
/// </summary>
public sealed class NoDeprecatedCustomRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor()
        .Enter<FieldNode>(node =>
        {
            if (context.GetFieldDef() is { DeprecationReason: { } reason } fieldDef && context.GetParentType() is { } parentType)
                context.ReportError($"The field {parentType.Name}.{fieldDef.Name} is deprecated. {reason}", node);
        })
        .Enter<ArgumentNode>(node =>
        {
            if (context.GetArgument() is not { DeprecationReason: { } reason } argDef) return;
            if (context.GetDirective() is { } directive)
                context.ReportError($"Directive \"@{directive.Name}\" argument \"{argDef.Name}\" is deprecated. {reason}", node);
            else if (context.GetParentType() is { } parentType && context.GetFieldDef() is { } fieldDef)
                context.ReportError($"Field \"{parentType.Name}.{fieldDef.Name}\" argument \"{argDef.Name}\" is deprecated. {reason}", node);
        })
        .Enter<ObjectFieldNode>(node =>
        {
            if (context.GetParentInputType()?.GetNamedType() is InputObjectType inputObject
                && inputObject.GetField(node.Name.Value) is { DeprecationReason: { } reason } inputField)
                context.ReportError($"The input field {inputObject.Name}.{inputField.Name} is deprecated. {reason}", node);
        })
        .Enter<EnumValueNode>(node =>
        {
            if (context.GetEnumValue() is { DeprecationReason: { } reason } enumValue && context.GetInputType()?.GetNamedType() is { } enumType)
                context.ReportError($"The enum value \"{enumType.Name}.{enumValue.Name}\" is deprecated. {reason}", node);
        });
}
