using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Execution;

/// <summary>Spec §6.4.1 CoerceArgumentValues (graphql-js <c>getArgumentValues</c>, <c>getDirectiveValues</c>).</summary>
public static class ArgumentValues
{
    /// <summary>Shared by every field and directive that ends up with no coerced argument (most fields): no allocation.</summary>
    public static readonly IReadOnlyDictionary<string, object?> Empty =
        new System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>(new Dictionary<string, object?>());

    /// <summary>Coerced arguments of a field or directive node; throws a located GraphQLError when one is invalid.</summary>
    public static IReadOnlyDictionary<string, object?> Get(
        IReadOnlyList<ArgumentDefinition> definitions,
        IReadOnlyList<ArgumentNode> argumentNodes,
        Node node,
        IReadOnlyDictionary<string, object?>? variableValues)
    {
        if (definitions.Count == 0) return Empty;
        Dictionary<string, object?>? coerced = null;
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            ArgumentNode? argumentNode = null;
            for (var i = 0; i < argumentNodes.Count; i++)
            {
                if (argumentNodes[i].Name.Value == name) { argumentNode = argumentNodes[i]; break; }
            }
            if (argumentNode is null)
            {
                if (definition.HasDefaultValue) (coerced ??= [])[name] = definition.DefaultValue;
                else if (type is NonNullType)
                    throw new GraphQLError($"Argument \"{name}\" of required type \"{type}\" was not provided.", [node]);
                continue;
            }

            var valueNode = argumentNode.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (variableValues is null || !variableValues.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.HasDefaultValue) (coerced ??= [])[name] = definition.DefaultValue;
                    else if (type is NonNullType)
                        throw new GraphQLError(
                            $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            [valueNode]);
                    continue;
                }
                isNull = variableValue is null;
            }

            if (isNull && type is NonNullType)
                throw new GraphQLError($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", [valueNode]);

            if (!ValueFromAst.TryGetValue(valueNode, type, variableValues, out var value))
                throw new GraphQLError($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", [valueNode]);
            (coerced ??= [])[name] = value;
        }
        return coerced ?? Empty;
    }

    /// <summary>The arguments of <paramref name="directive"/> on a node, or null when the node does not carry it.</summary>
    public static IReadOnlyDictionary<string, object?>? GetDirectiveValues(
        DirectiveDefinition directive, IHasDirectives node, IReadOnlyDictionary<string, object?>? variableValues)
    {
        var directiveNode = node.Directives.FirstOrDefault(d => d.Name.Value == directive.Name);
        return directiveNode is null ? null : Get(directive.Args, directiveNode.Arguments, directiveNode, variableValues);
    }
}
