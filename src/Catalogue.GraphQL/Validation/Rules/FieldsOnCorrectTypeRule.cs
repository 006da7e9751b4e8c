using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Fields on correct type: every selected field is defined on the parent type, with "Did you mean" suggestions.
/// Spec §5.3.1 (https://spec.graphql.org/draft/#sec-Field-Selections).
/// </summary>
public sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor()
        .Enter<FieldNode>(node =>
        {
            if (context.GetParentType() is not { } type || context.GetFieldDef() is not null) return;
            var fieldName = node.Name.Value;
            var suggestion = DidYouMean.Format("to use an inline fragment on",
                context.HideSuggestions ? [] : SuggestedTypeNames(context.Schema, type, fieldName));
            if (suggestion.Length == 0)
                suggestion = DidYouMean.Format(context.HideSuggestions ? [] : SuggestedFieldNames(type, fieldName));
            context.ReportError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, node);
        });

    /// <summary>Types within an abstract type that define the field, most used (and super types) first.</summary>
    private static IReadOnlyList<string> SuggestedTypeNames(Schema schema, ICompositeType type, string fieldName)
    {
        if (type is not IAbstractType abstractType) return [];
        var suggested = new List<NamedType>();
        var usageCount = new Dictionary<string, int>();
        foreach (var possibleType in schema.GetPossibleTypes(abstractType))
        {
            if (!possibleType.Fields.ContainsKey(fieldName)) continue;
            if (!suggested.Contains(possibleType)) suggested.Add(possibleType);
            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (!possibleInterface.Fields.ContainsKey(fieldName)) continue;
                if (!suggested.Contains(possibleInterface)) suggested.Add(possibleInterface);
                usageCount[possibleInterface.Name] = usageCount.GetValueOrDefault(possibleInterface.Name) + 1;
            }
        }
        var sorted = suggested.ToList();
        sorted.Sort((a, b) =>
        {
            var diff = usageCount[b.Name] - usageCount[a.Name];
            if (diff != 0) return diff;
            if (a is InterfaceType ia && schema.IsSubType(ia, b)) return -1;
            if (b is InterfaceType ib && schema.IsSubType(ib, a)) return 1;
            return SuggestionList.NaturalCompare(a.Name, b.Name);
        });
        return sorted.Select(t => t.Name).ToList();
    }

    private static IReadOnlyList<string> SuggestedFieldNames(ICompositeType type, string fieldName) =>
        type is IFieldsType fieldsType ? SuggestionList.Suggest(fieldName, fieldsType.Fields.Keys) : [];
}
