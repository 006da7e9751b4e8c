using Catalogue.GraphQL.Validation.Rules;

namespace Catalogue.GraphQL.Validation;

/// <summary>The rules of spec §5 in graphql-js 16.15's order, followed by its recommended MaxIntrospectionDepthRule.</summary>
public static class SpecifiedRules
{
    /// <summary>Opt-in hardening rules graphql-js runs by default.</summary>
    public static IReadOnlyList<ValidationRule> Recommended { get; } = [new MaxIntrospectionDepthRule()];

    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        new ExecutableDefinitionsRule(),
        new UniqueOperationNamesRule(),
        new LoneAnonymousOperationRule(),
        new SingleFieldSubscriptionsRule(),
        new KnownTypeNamesRule(),
        new FragmentsOnCompositeTypesRule(),
        new VariablesAreInputTypesRule(),
        new ScalarLeafsRule(),
        new FieldsOnCorrectTypeRule(),
        new UniqueFragmentNamesRule(),
        new KnownFragmentNamesRule(),
        new NoUnusedFragmentsRule(),
        new PossibleFragmentSpreadsRule(),
        new NoFragmentCyclesRule(),
        new UniqueVariableNamesRule(),
        new NoUndefinedVariablesRule(),
        new NoUnusedVariablesRule(),
        new KnownDirectivesRule(),
        new UniqueDirectivesPerLocationRule(),
        new KnownArgumentNamesRule(),
        new UniqueArgumentNamesRule(),
        new ValuesOfCorrectTypeRule(),
        new ProvidedRequiredArgumentsRule(),
        new VariablesInAllowedPositionRule(),
        new OverlappingFieldsCanBeMergedRule(),
        new UniqueInputFieldNamesRule(),
        .. Recommended,
    ];
}
