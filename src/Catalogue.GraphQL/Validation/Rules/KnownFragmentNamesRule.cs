using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Known fragment names: every fragment spread names a fragment defined in the document.
/// Spec §5.5.2.1 (https://spec.graphql.org/draft/#sec-Fragment-spread-target-defined).
/// </summary>
public sealed class KnownFragmentNamesRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor()
        .Enter<FragmentSpreadNode>(spread =>
        {
            if (context.GetFragment(spread.Name.Value) is null)
                context.ReportError($"Unknown fragment \"{spread.Name.Value}\".", spread.Name);
        });
}
