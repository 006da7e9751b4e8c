using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation;

/// <summary>A variable reference with the input type and default expected where it appears.</summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, bool HasDefaultValue, object? DefaultValue, GraphQLType? ParentType);

/// <summary>
/// Shared state and queries for the rules validating one document (graphql-js ValidationContext):
/// fragment lookups, variable usages (memoised per node) and the current TypeInfo.
/// </summary>
public sealed class ValidationContext
{
    private const int FragmentWorkBudget = 50_000;
    private readonly Action<GraphQLError> _onError;
    private int _remainingFragmentWork = FragmentWorkBudget;
    private readonly TypeInfo _typeInfo;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _recursivelyReferencedFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Node, IReadOnlyList<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);

    public ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, Action<GraphQLError> onError)
    {
        Schema = schema;
        Document = document;
        _typeInfo = typeInfo;
        _onError = onError;
    }

    public Schema Schema { get; }

    /// <summary>Omit "Did you mean" suggestions from messages (graphql-js hideSuggestions), e.g. when introspection is off.</summary>
    public bool HideSuggestions { get; init; }

    public DocumentNode Document { get; }

    public void ReportError(GraphQLError error) => _onError(error);

    public void ReportError(string message, params Node?[] nodes) => _onError(ErrorFactory.Create(message, nodes));

    public FragmentDefinitionNode? GetFragment(string name)
    {
        _fragments ??= Document.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value)
            .ToDictionary(g => g.Key, g => g.First());
        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads inside a selection set, including nested fields and inline fragments, but not inside the spread fragments.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode node)
    {
        if (_fragmentSpreads.TryGetValue(node, out var cached)) return cached;
        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(node);
        while (setsToVisit.Count > 0)
        {
            var set = setsToVisit.Pop();
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread: spreads.Add(spread); break;
                    case FieldNode { SelectionSet: { } fieldSet }: setsToVisit.Push(fieldSet); break;
                    case InlineFragmentNode inline: setsToVisit.Push(inline.SelectionSet); break;
                }
            }
        }
        _fragmentSpreads[node] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments (each once, breadth first as graphql-js).</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_recursivelyReferencedFragments.TryGetValue(operation, out var cached)) return cached;
        var fragments = GetRecursivelyReferencedFragmentsForOperations([operation]);
        _recursivelyReferencedFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>The fragments used by any of the operations.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragmentsForOperations(IEnumerable<OperationDefinitionNode> operations)
    {
        var fragments = new List<FragmentDefinitionNode>();
        var collectedNames = new List<string>();
        var seen = new HashSet<string>();
        foreach (var operation in operations)
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
                if (seen.Add(spread.Name.Value)) collectedNames.Add(spread.Name.Value);
        SpendFragmentWork(collectedNames.Count);
        for (var i = 0; i < collectedNames.Count; i++)
        {
            var fragment = GetFragment(collectedNames[i]);
            if (fragment is null) continue;
            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
                if (seen.Add(spread.Name.Value)) collectedNames.Add(spread.Name.Value);
        }
        return fragments;
    }

    /// <summary>
    /// Charges fragment-expansion work against a fixed budget (graphql-js 16.15) so that documents with
    /// pathological fragment fan-out abort validation instead of taking quadratic time.
    /// </summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0) throw new ValidationAbortedException();
    }

    /// <summary>Variables used within an operation or fragment (not following spreads), with their expected input types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode node)
    {
        if (_variableUsages.TryGetValue(node, out var cached)) return cached;
        var usages = new List<VariableUsage>();
        var typeInfo = new TypeInfo(Schema);
        var collector = new RuleVisitor()
            .Enter<VariableDefinitionNode>(_ => VisitAction.Skip)
            .Enter<VariableNode>(variable =>
            {
                var (has, value) = typeInfo.GetDefaultValue();
                usages.Add(new VariableUsage(variable, typeInfo.GetInputType(), has, value, typeInfo.GetParentInputType()));
            });
        Visitor.Visit(node, new TypeInfoVisitor(typeInfo, collector));
        _variableUsages[node] = usages;
        return usages;
    }

    /// <summary>Variables used by an operation, including inside every fragment it references.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached)) return cached;
        var fragments = GetRecursivelyReferencedFragments(operation);
        SpendFragmentWork(fragments.Count);
        var fragmentUsages = new List<VariableUsage>();
        foreach (var fragment in fragments)
        {
            var local = GetVariableUsages(fragment);
            SpendFragmentWork(local.Count);
            fragmentUsages.AddRange(local);
        }
        SpendFragmentWork(fragmentUsages.Count);
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        usages.AddRange(fragmentUsages);
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    public GraphQLType? GetType() => _typeInfo.GetType();

    public ICompositeType? GetParentType() => _typeInfo.GetParentType();

    public GraphQLType? GetInputType() => _typeInfo.GetInputType();

    public GraphQLType? GetParentInputType() => _typeInfo.GetParentInputType();

    public FieldDefinition? GetFieldDef() => _typeInfo.GetFieldDef();

    public DirectiveDefinition? GetDirective() => _typeInfo.GetDirective();

    public ArgumentDefinition? GetArgument() => _typeInfo.GetArgument();

    public EnumValueDefinition? GetEnumValue() => _typeInfo.GetEnumValue();
}

/// <summary>Thrown to stop a traversal once validation gives up (error limit or fragment-work budget).</summary>
internal sealed class ValidationAbortedException : Exception;
