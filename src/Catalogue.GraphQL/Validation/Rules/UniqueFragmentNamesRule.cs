using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Unique fragment names: no two fragments share a name.
/// Spec §5.5.1.1 (https://spec.graphql.org/draft/#sec-Fragment-Name-Uniqueness).
/// </summary>
public sealed class UniqueFragmentNamesRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context)
    {
        var known = new Dictionary<string, NameNode>();
        return new RuleVisitor()
            .Enter<OperationDefinitionNode>(_ => VisitAction.Skip)
            .Enter<FragmentDefinitionNode>(fragment =>
            {
                var name = fragment.Name.Value;
                if (known.TryGetValue(name, out var first))
                    context.ReportError($"There can be only one fragment named \"{name}\".", first, fragment.Name);
                else
                    known[name] = fragment.Name;
                return VisitAction.Skip;
            });
    }
}
