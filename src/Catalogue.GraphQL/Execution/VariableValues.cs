using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Execution;

/// <summary>
/// Spec §6.4.1 CoerceVariableValues (graphql-js <c>getVariableValues</c>): checks and coerces the raw variables
/// of a request against the operation's variable definitions.
/// </summary>
public static class VariableValues
{
    public const int DefaultMaxErrors = 50;

    /// <summary>The coerced values, or the errors (never both).</summary>
    public static (IReadOnlyDictionary<string, object?>? Coerced, IReadOnlyList<GraphQLError>? Errors) Coerce(
        Schema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?>? inputs,
        int maxErrors = DefaultMaxErrors)
    {
        var errors = new List<GraphQLError>();
        try
        {
            var coerced = CoerceAll(schema, definitions, inputs ?? new Dictionary<string, object?>(), error =>
            {
                if (errors.Count >= maxErrors)
                    throw new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted.");
                errors.Add(error);
            });
            if (errors.Count == 0) return (coerced, null);
        }
        catch (GraphQLError tooMany)
        {
            errors.Add(tooMany);
        }
        return (null, errors);
    }

    private static Dictionary<string, object?> CoerceAll(
        Schema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?> inputs,
        Action<GraphQLError> onError)
    {
        var coercedValues = new Dictionary<string, object?>();
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeFromAst.Get(schema, definition.Type);
            if (type is null || !TypePredicates.IsInputType(type))
            {
                onError(new GraphQLError(
                    $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                    [definition.Type]));
                continue;
            }

            if (!inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                    coercedValues[name] = ValueFromAst.GetValueOrDefault(definition.DefaultValue, type, null);
                else if (type is NonNullType)
                    onError(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", [definition]));
                continue;
            }

            value = JsValues.Normalize(value);
            if (value is null && type is NonNullType)
            {
                onError(new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", [definition]));
                continue;
            }

            coercedValues[name] = InputCoercer.Coerce(value, type, (path, invalidValue, error) =>
            {
                var prefix = $"Variable \"${name}\" got invalid value {Inspector.Inspect(invalidValue)}";
                if (path.Count > 0) prefix += $" at \"{name}{InputCoercer.PrintPath(path)}\"";
                onError(new GraphQLError(prefix + "; " + error.Message, [definition], originalError: error.OriginalError,
                    extensions: error.Extensions));
            });
        }
        return coercedValues;
    }
}
