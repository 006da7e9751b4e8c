using System.Text;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Field selection merging: fields with the same response name in a selection set (including through fragments)
/// must be the same field with the same arguments, or live on mutually exclusive object types, and their return
/// types and sub-selections must merge too. Follows graphql-js 16.15's algorithm, including its memoisation and
/// complexity budget. Spec §5.3.2 (https://spec.graphql.org/draft/#sec-Field-Selection-Merging).
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context)
    {
        var checker = new ConflictFinder(context);
        return new RuleVisitor().Enter<SelectionSetNode>((selectionSet, ancestors) =>
        {
            // An inline fragment's fields are checked as part of its enclosing selection set.
            if (ancestors.Count > 0 && ancestors[^1] is InlineFragmentNode) return VisitAction.Continue;
            if (selectionSet.Selections.Count <= 1 && selectionSet.Selections.FirstOrDefault() is not InlineFragmentNode)
                return VisitAction.Continue;
            foreach (var conflict in checker.FindConflictsWithinSelectionSet(context.GetParentType(), selectionSet))
            {
                context.ReportError(
                    $"Fields \"{ConflictFinder.MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    conflict.Fields1.Concat(conflict.Fields2).Cast<Node?>().ToArray());
            }
            return VisitAction.Continue;
        });
    }

    private sealed record Conflict(string ResponseName, string Reason, IReadOnlyList<FieldNode> Fields1, IReadOnlyList<FieldNode> Fields2);

    private sealed class FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        public NamedType? ParentType { get; } = parentType;
        public FieldNode Node { get; } = node;
        public FieldDefinition? Definition { get; } = definition;
        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;
        public FieldInfo? Info { get; set; }
    }

    /// <summary>Lazily prepared comparison data for a field that overlaps with another.</summary>
    private sealed class FieldInfo
    {
        public Dictionary<FieldInfo, string?> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);
        public NamedType? NamedType { get; init; }
        public IReadOnlyList<ArgumentNode>? Arguments { get; init; }
        public Dictionary<string, ValueNode>? ArgumentValues { get; init; }
        public string? TypeString { get; set; }
    }

    private sealed class CollectFieldsResult
    {
        public required OrderedDictionary<string, List<FieldDetails>> GroupedFieldSet { get; init; }
        public required IReadOnlyList<string> FragmentNames { get; init; }
        /// <summary>Fragment name → whether it was compared as mutually exclusive.</summary>
        public Dictionary<string, bool>? ComparedFragments { get; set; }
        public Dictionary<CollectFieldsResult, List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)>>? OverlappingFields { get; set; }
    }

    private sealed class ConflictFinder(ValidationContext context)
    {
        private const int MaxConflictDetailLength = 1000;
        private const int MaxConflictNodes = 20;
        private const int MaxComplexityBudget = 500_000;
        private static readonly object NoParentType = new();

        private readonly PairSet _comparedFragmentPairs = new();
        private readonly Dictionary<(object ParentType, SelectionSetNode SelectionSet), CollectFieldsResult> _cachedCollectFieldsResults = [];
        private readonly Dictionary<ValueNode, string> _stringifiedValues = new(ReferenceEqualityComparer.Instance);
        private int _remainingComplexityBudget = MaxComplexityBudget;

        public List<Conflict> FindConflictsWithinSelectionSet(ICompositeType? parentType, SelectionSetNode selectionSet)
        {
            var conflicts = new List<Conflict>();
            var result = CollectFields(parentType as NamedType, selectionSet);
            CollectConflictsWithin(conflicts, result.GroupedFieldSet);
            if (result.FragmentNames.Count != 0 && (result.GroupedFieldSet.Count != 0 || result.FragmentNames.Count > 1))
            {
                for (var i = 0; i < result.FragmentNames.Count; i++)
                {
                    CollectConflictsBetweenFieldsAndFragment(conflicts, false, result, result.FragmentNames[i]);
                    for (var j = i + 1; j < result.FragmentNames.Count; j++)
                        CollectConflictsBetweenFragments(conflicts, false, result.FragmentNames[i], result.FragmentNames[j]);
                }
            }
            return conflicts;
        }

        private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool areMutuallyExclusive, CollectFieldsResult result, string fragmentName)
        {
            SpendComplexityBudget(1);
            if (result.GroupedFieldSet.Count == 0) return;
            var compared = result.ComparedFragments ??= [];
            // Only a non-exclusive comparison can be reused for overlapping parents.
            if (compared.TryGetValue(fragmentName, out var wasExclusive) && (!wasExclusive || areMutuallyExclusive)) return;
            compared[fragmentName] = areMutuallyExclusive;
            if (context.GetFragment(fragmentName) is not { } fragment) return;
            var result2 = CollectFragmentFields(fragment);
            if (ReferenceEquals(result, result2)) return;
            CollectConflictsBetween(conflicts, areMutuallyExclusive, result, result2);
            foreach (var referenced in result2.FragmentNames)
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, result, referenced);
        }

        private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
        {
            SpendComplexityBudget(2);
            if (fragmentName1 == fragmentName2) return;
            if (_comparedFragmentPairs.Has(fragmentName1, fragmentName2, areMutuallyExclusive)) return;
            _comparedFragmentPairs.Add(fragmentName1, fragmentName2, areMutuallyExclusive);
            if (context.GetFragment(fragmentName1) is not { } fragment1 || context.GetFragment(fragmentName2) is not { } fragment2) return;
            var result1 = CollectFragmentFields(fragment1);
            var result2 = CollectFragmentFields(fragment2);
            CollectConflictsBetween(conflicts, areMutuallyExclusive, result1, result2);
            foreach (var referenced2 in result2.FragmentNames)
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referenced2);
            foreach (var referenced1 in result1.FragmentNames)
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referenced1, fragmentName2);
        }

        private List<Conflict> FindConflictsBetweenSubSelectionSets(
            bool areMutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
        {
            var conflicts = new List<Conflict>();
            var result1 = CollectFields(parentType1, selectionSet1);
            var result2 = CollectFields(parentType2, selectionSet2);
            CollectConflictsBetween(conflicts, areMutuallyExclusive, result1, result2);
            foreach (var fragmentName2 in result2.FragmentNames)
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, result1, fragmentName2);
            foreach (var fragmentName1 in result1.FragmentNames)
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, result2, fragmentName1);
            foreach (var fragmentName1 in result1.FragmentNames)
                foreach (var fragmentName2 in result2.FragmentNames)
                    CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
            return conflicts;
        }

        private void CollectConflictsWithin(List<Conflict> conflicts, OrderedDictionary<string, List<FieldDetails>> groupedFieldSet)
        {
            foreach (var (responseName, fields) in groupedFieldSet)
            {
                for (var i = 0; i < fields.Count; i++)
                    for (var j = i + 1; j < fields.Count; j++)
                        if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict) conflicts.Add(conflict);
            }
        }

        private void CollectConflictsBetween(List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, CollectFieldsResult result1, CollectFieldsResult result2)
        {
            if (result1.GroupedFieldSet.Count == 0 || result2.GroupedFieldSet.Count == 0) return;
            foreach (var (responseName, fields1, fields2) in GetOverlappingFields(result1, result2))
                foreach (var field1 in fields1)
                    foreach (var field2 in fields2)
                        if (FindConflict(parentFieldsAreMutuallyExclusive, responseName, field1, field2) is { } conflict) conflicts.Add(conflict);
        }

        private List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)> GetOverlappingFields(CollectFieldsResult result1, CollectFieldsResult result2)
        {
            var byResult = result1.OverlappingFields ??= new(ReferenceEqualityComparer.Instance);
            if (byResult.TryGetValue(result2, out var cached)) return cached;
            var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
            foreach (var (responseName, fields1) in result1.GroupedFieldSet)
            {
                SpendComplexityBudget(1);
                if (result2.GroupedFieldSet.TryGetValue(responseName, out var fields2)) overlapping.Add((responseName, fields1, fields2));
            }
            byResult[result2] = overlapping;
            return overlapping;
        }

        /// <summary>The conflict between two fields with the same response name, including conflicts in their sub-selections.</summary>
        private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails details1, FieldDetails details2)
        {
            // Fields on two different object types can never both apply to one value.
            var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
                || (!ReferenceEquals(details1.ParentType, details2.ParentType) && details1.ParentType is ObjectType && details2.ParentType is ObjectType);
            SpendComplexityBudget(2);
            var def1 = details1.Definition;
            var def2 = details2.Definition;
            if (details1.IsSimpleLeaf && details2.IsSimpleLeaf && Equals(def1?.Type, def2?.Type)
                && details1.Node.Name.Value == details2.Node.Name.Value)
                return null;

            if (!areMutuallyExclusive)
            {
                var info1 = GetFieldInfo(details1);
                var info2 = GetFieldInfo(details2);
                if (!info1.Comparisons.TryGetValue(info2, out var reason))
                {
                    var name1 = details1.Node.Name.Value;
                    var name2 = details2.Node.Name.Value;
                    reason = name1 != name2
                        ? $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields"
                        : SameArguments(info1, info2) ? null : "they have differing arguments";
                    info1.Comparisons[info2] = reason;
                }
                if (reason is not null) return new Conflict(responseName, reason, [details1.Node], [details2.Node]);
            }

            var type1 = def1?.Type;
            var type2 = def2?.Type;
            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            {
                var info1 = GetFieldInfo(details1);
                var info2 = GetFieldInfo(details2);
                var type1String = info1.TypeString ??= type1.ToString();
                var type2String = info2.TypeString ??= type2.ToString();
                return new Conflict(responseName, $"they return conflicting types \"{type1String}\" and \"{type2String}\"", [details1.Node], [details2.Node]);
            }

            if (details1.Node.SelectionSet is { } selectionSet1 && details2.Node.SelectionSet is { } selectionSet2)
            {
                var conflicts = FindConflictsBetweenSubSelectionSets(
                    areMutuallyExclusive, GetFieldInfo(details1).NamedType, selectionSet1, GetFieldInfo(details2).NamedType, selectionSet2);
                return SubfieldConflicts(conflicts, responseName, details1.Node, details2.Node);
            }
            return null;
        }

        private static FieldInfo GetFieldInfo(FieldDetails details)
        {
            if (details.Info is { } info) return info;
            var args = details.Node.Arguments;
            Dictionary<string, ValueNode>? values = null;
            if (args.Count > 0)
            {
                values = [];
                foreach (var arg in args) values[arg.Name.Value] = arg.Value;
            }
            return details.Info = new FieldInfo
            {
                NamedType = details.Definition?.Type.GetNamedType(),
                Arguments = args.Count > 0 ? args : null,
                ArgumentValues = values,
            };
        }

        private bool SameArguments(FieldInfo info1, FieldInfo info2)
        {
            if (info1.Arguments is null) return info2.Arguments is null;
            if (info1.Arguments.Count != info2.Arguments?.Count) return false;
            var values2 = info2.ArgumentValues!;
            return info1.Arguments.All(arg1 =>
            {
                SpendComplexityBudget(1);
                return values2.TryGetValue(arg1.Name.Value, out var value2) && StringifyValue(arg1.Value) == StringifyValue(value2);
            });
        }

        /// <summary>A canonical text of a literal: object fields sorted, and kinds kept, so equal strings mean equal literals.</summary>
        private string StringifyValue(ValueNode value)
        {
            if (_stringifiedValues.TryGetValue(value, out var cached)) return cached;
            var sb = new StringBuilder();
            Append(sb, value);
            var result = sb.ToString();
            _stringifiedValues[value] = result;
            return result;

            static void Append(StringBuilder sb, ValueNode node)
            {
                sb.Append('[').Append(node.Kind).Append(',');
                switch (node)
                {
                    case VariableNode v: sb.Append(Inspector.JsonString(v.Name.Value)); break;
                    case ObjectValueNode o:
                        sb.Append('[');
                        foreach (var field in o.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                        {
                            sb.Append('[').Append(Inspector.JsonString(field.Name.Value)).Append(',');
                            Append(sb, field.Value);
                            sb.Append("],");
                        }
                        sb.Append(']');
                        break;
                    case ListValueNode l:
                        sb.Append('[');
                        foreach (var item in l.Values)
                        {
                            Append(sb, item);
                            sb.Append(',');
                        }
                        sb.Append(']');
                        break;
                    case StringValueNode s: sb.Append(Inspector.JsonString(s.Value)).Append(',').Append(s.Block ? "true" : "false"); break;
                    case IntValueNode i: sb.Append(Inspector.JsonString(i.Value)); break;
                    case FloatValueNode f: sb.Append(Inspector.JsonString(f.Value)); break;
                    case EnumValueNode e: sb.Append(Inspector.JsonString(e.Value)); break;
                    case BooleanValueNode b: sb.Append(b.Value ? "true" : "false"); break;
                    default: sb.Append("null"); break;
                }
                sb.Append(']');
            }
        }

        /// <summary>Two types conflict when no value could satisfy both (list vs non-list, nullability, different leaf types).</summary>
        private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
        {
            if (Equals(type1, type2)) return false;
            SpendComplexityBudget(1);
            if (type1 is ListType list1) return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
            if (type2 is ListType) return true;
            if (type1 is NonNullType nonNull1) return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
            if (type2 is NonNullType) return true;
            if (type1 is ILeafType || type2 is ILeafType) return !ReferenceEquals(type1, type2);
            return false;
        }

        private CollectFieldsResult CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
        {
            var key = ((object?)parentType ?? NoParentType, selectionSet);
            if (_cachedCollectFieldsResults.TryGetValue(key, out var cached)) return cached;
            var fields = new OrderedDictionary<string, List<FieldDetails>>();
            var fragmentNames = new List<string>();
            var seenFragments = new HashSet<string>();
            CollectFieldsImpl(parentType, selectionSet, fields, fragmentNames, seenFragments);
            var result = new CollectFieldsResult { GroupedFieldSet = fields, FragmentNames = fragmentNames };
            _cachedCollectFieldsResults[key] = result;
            return result;
        }

        private CollectFieldsResult CollectFragmentFields(FragmentDefinitionNode fragment) =>
            CollectFields(TypeFromAst.Get(context.Schema, fragment.TypeCondition) as NamedType, fragment.SelectionSet);

        private void CollectFieldsImpl(
            NamedType? parentType, SelectionSetNode selectionSet, OrderedDictionary<string, List<FieldDetails>> fields,
            List<string> fragmentNames, HashSet<string> seenFragments)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        var fieldDef = (parentType as IFieldsType)?.Fields.GetValueOrDefault(field.Name.Value);
                        if (!fields.TryGetValue(field.ResponseKey, out var list)) fields[field.ResponseKey] = list = [];
                        list.Add(new FieldDetails(parentType, field, fieldDef));
                        break;
                    case FragmentSpreadNode spread:
                        if (seenFragments.Add(spread.Name.Value)) fragmentNames.Add(spread.Name.Value);
                        break;
                    case InlineFragmentNode inline:
                        var inlineType = inline.TypeCondition is { } condition ? TypeFromAst.Get(context.Schema, condition) as NamedType : parentType;
                        CollectFieldsImpl(inlineType, inline.SelectionSet, fields, fragmentNames, seenFragments);
                        break;
                }
            }
        }

        /// <summary>Summarises conflicts between sub-fields as one conflict of the enclosing fields.</summary>
        private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
        {
            if (conflicts.Count == 0) return null;
            var message = "";
            foreach (var conflict in conflicts)
            {
                message += (message.Length == 0 ? "" : " and ") + $"subfields \"{MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}";
                if (message.Length > MaxConflictDetailLength) break;
            }
            return new Conflict(responseName, MaybeAbbreviate(message),
                CollectConflictNodes(node1, conflicts, c => c.Fields1), CollectConflictNodes(node2, conflicts, c => c.Fields2));
        }

        private static List<FieldNode> CollectConflictNodes(FieldNode node, List<Conflict> conflicts, Func<Conflict, IReadOnlyList<FieldNode>> side)
        {
            var nodes = new List<FieldNode> { node };
            foreach (var conflict in conflicts)
            {
                var remaining = MaxConflictNodes - nodes.Count;
                // Locations start with the enclosing field; the deepest ones are kept.
                var fromSide = side(conflict);
                nodes.AddRange(fromSide.Skip(Math.Max(0, fromSide.Count - remaining)));
                if (nodes.Count == MaxConflictNodes) break;
            }
            return nodes;
        }

        public static string MaybeAbbreviate(string text) =>
            text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

        private void SpendComplexityBudget(int cost)
        {
            _remainingComplexityBudget -= cost;
            if (_remainingComplexityBudget < 0) throw new ValidationAbortedException();
        }
    }

    /// <summary>Unordered pairs of fragment names with whether they were compared as mutually exclusive.</summary>
    private sealed class PairSet
    {
        private readonly Dictionary<string, Dictionary<string, bool>> _data = [];

        public bool Has(string a, string b, bool weaklyPresent) => HasOrdered(a, b, weaklyPresent) || HasOrdered(b, a, weaklyPresent);

        private bool HasOrdered(string a, string b, bool weaklyPresent)
        {
            if (!_data.TryGetValue(a, out var map) || !map.TryGetValue(b, out var stored)) return false;
            return weaklyPresent || weaklyPresent == stored;
        }

        public void Add(string a, string b, bool weaklyPresent)
        {
            if (!_data.TryGetValue(a, out var map)) _data[a] = map = [];
            map[b] = weaklyPresent;
        }
    }
}
