using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Unique input field names: an input object literal gives each field at most once.
/// Spec §5.6.3 (https://spec.graphql.org/draft/#sec-Input-Object-Field-Uniqueness).
/// </summary>
public sealed class UniqueInputFieldNamesRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context)
    {
        var knownNameStack = new Stack<Dictionary<string, NameNode>>();
        var knownNames = new Dictionary<string, NameNode>();
        return new RuleVisitor()
            .Enter<ObjectValueNode>(_ =>
            {
                knownNameStack.Push(knownNames);
                knownNames = [];
            })
            .Leave<ObjectValueNode>(_ => knownNames = knownNameStack.Pop())
            .Enter<ObjectFieldNode>(node =>
            {
                var fieldName = node.Name.Value;
                if (knownNames.TryGetValue(fieldName, out var first))
                    context.ReportError($"There can be only one input field named \"{fieldName}\".", first, node.Name);
                else
                    knownNames[fieldName] = node.Name;
            });
    }
}
