using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Types;

/// <summary>
/// Type-system validation (graphql-js type/validate.ts validateSchema), kept apart from document validation.
/// Messages follow graphql-js; code-first schemas have no AST nodes, so these errors carry no locations.
/// Checks the C# type system already rules out (e.g. a union member that is not an object type) are omitted.
/// </summary>
public static class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        var errors = new List<GraphQLError>();
        void Report(string message) => errors.Add(new GraphQLError(message));

        ValidateRootTypes(schema, Report);
        ValidateDirectives(schema, Report);
        ValidateTypes(schema, Report);
        return errors;
    }

    private static void ValidateRootTypes(Schema schema, Action<string> report)
    {
        if (schema.Query is null) report("Query root type must be provided.");
    }

    private static void ValidateName(string name, Action<string> report)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
            report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
    }

    private static void ValidateDirectives(Schema schema, Action<string> report)
    {
        foreach (var directive in schema.Directives)
        {
            ValidateName(directive.Name, report);
            if (directive.Locations.Count == 0)
                report($"Directive @{directive.Name} must include 1 or more locations.");
            foreach (var arg in directive.Args)
            {
                ValidateName(arg.Name, report);
                if (!TypePredicates.IsInputType(arg.Type))
                    report($"The type of @{directive.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.");
                if (arg.IsRequired && arg.DeprecationReason is not null)
                    report($"Required argument @{directive.Name}({arg.Name}:) cannot be deprecated.");
            }
        }
    }

    private static void ValidateTypes(Schema schema, Action<string> report)
    {
        var circularRefs = new InputObjectCycleDetector(report);
        foreach (var type in schema.TypeMap.Values)
        {
            if (!Introspection.IsIntrospectionType(type)) ValidateName(type.Name, report);
            switch (type)
            {
                case ObjectType or InterfaceType:
                    ValidateFields((IFieldsType)type, report);
                    ValidateInterfaces(schema, (IFieldsType)type, report);
                    break;
                case UnionType union:
                    ValidateUnionMembers(union, report);
                    break;
                case EnumType enumType:
                    if (enumType.Values.Count == 0) report($"Enum type {enumType.Name} must define one or more values.");
                    foreach (var value in enumType.Values) ValidateName(value.Name, report);
                    break;
                case InputObjectType input:
                    ValidateInputFields(input, report);
                    circularRefs.Detect(input);
                    break;
            }
        }
    }

    private static void ValidateFields(IFieldsType type, Action<string> report)
    {
        if (type.Fields.Count == 0) report($"Type {type.Name} must define one or more fields.");
        foreach (var field in type.Fields.Values)
        {
            ValidateName(field.Name, report);
            if (!TypePredicates.IsOutputType(field.Type))
                report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            foreach (var arg in field.Args)
            {
                ValidateName(arg.Name, report);
                if (!TypePredicates.IsInputType(arg.Type))
                    report($"The type of {type.Name}.{field.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.");
                if (arg.IsRequired && arg.DeprecationReason is not null)
                    report($"Required argument {type.Name}.{field.Name}({arg.Name}:) cannot be deprecated.");
            }
        }
    }

    private static void ValidateInterfaces(Schema schema, IFieldsType type, Action<string> report)
    {
        var seen = new HashSet<string>();
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                report($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }
            if (!seen.Add(iface.Name))
            {
                report($"Type {type.Name} can only implement {iface.Name} once.");
                continue;
            }
            ValidateTypeImplementsAncestors(type, iface, report);
            ValidateTypeImplementsInterface(schema, type, iface, report);
        }
    }

    private static void ValidateTypeImplementsInterface(Schema schema, IFieldsType type, InterfaceType iface, Action<string> report)
    {
        foreach (var ifaceField in iface.Fields.Values)
        {
            var fieldName = ifaceField.Name;
            if (!type.Fields.TryGetValue(fieldName, out var typeField))
            {
                report($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.");
                continue;
            }
            if (!TypeComparators.IsTypeSubTypeOf(schema, typeField.Type, ifaceField.Type))
                report($"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.");
            foreach (var ifaceArg in ifaceField.Args)
            {
                var typeArg = typeField.GetArgument(ifaceArg.Name);
                if (typeArg is null)
                {
                    report($"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expected but {type.Name}.{fieldName} does not provide it.");
                    continue;
                }
                if (!TypeComparators.IsEqualType(ifaceArg.Type, typeArg.Type))
                    report($"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{fieldName}({ifaceArg.Name}:) is type {typeArg.Type}.");
            }
            foreach (var typeArg in typeField.Args)
            {
                if (ifaceField.GetArgument(typeArg.Name) is null && typeArg.IsRequired)
                    report($"Object field {type.Name}.{fieldName} includes required argument {typeArg.Name} that is missing from the Interface field {iface.Name}.{fieldName}.");
            }
        }
    }

    private static void ValidateTypeImplementsAncestors(IFieldsType type, InterfaceType iface, Action<string> report)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (type.Interfaces.Contains(transitive)) continue;
            report(ReferenceEquals(transitive, type)
                ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
        }
    }

    private static void ValidateUnionMembers(UnionType union, Action<string> report)
    {
        if (union.Types.Count == 0) report($"Union type {union.Name} must define one or more member types.");
        var seen = new HashSet<string>();
        foreach (var member in union.Types)
            if (!seen.Add(member.Name)) report($"Union type {union.Name} can only include type {member.Name} once.");
    }

    private static void ValidateInputFields(InputObjectType input, Action<string> report)
    {
        if (input.Fields.Count == 0) report($"Input Object type {input.Name} must define one or more fields.");
        foreach (var field in input.Fields.Values)
        {
            ValidateName(field.Name, report);
            if (!TypePredicates.IsInputType(field.Type))
                report($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.");
            if (field.IsRequired && field.DeprecationReason is not null)
                report($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
            if (input.IsOneOf)
            {
                if (field.Type is NonNullType) report($"OneOf input field {input.Name}.{field.Name} must be nullable.");
                if (field.HasDefaultValue) report($"OneOf input field {input.Name}.{field.Name} cannot have a default value.");
            }
        }
    }

    /// <summary>Depth-first search for input objects that contain themselves through non-null fields (which no value could satisfy).</summary>
    private sealed class InputObjectCycleDetector(Action<string> report)
    {
        private readonly HashSet<string> _visited = [];
        private readonly List<InputFieldDefinition> _fieldPath = [];
        private readonly Dictionary<string, int> _pathIndexByTypeName = [];

        public void Detect(InputObjectType inputObj)
        {
            if (!_visited.Add(inputObj.Name)) return;
            _pathIndexByTypeName[inputObj.Name] = _fieldPath.Count;
            foreach (var field in inputObj.Fields.Values)
            {
                if (field.Type is not NonNullType { OfType: InputObjectType fieldType }) continue;
                _fieldPath.Add(field);
                if (!_pathIndexByTypeName.TryGetValue(fieldType.Name, out var cycleIndex))
                {
                    Detect(fieldType);
                }
                else
                {
                    var pathStr = string.Join(".", _fieldPath.Skip(cycleIndex).Select(f => f.Name));
                    report($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{pathStr}\".");
                }
                _fieldPath.RemoveAt(_fieldPath.Count - 1);
            }
            _pathIndexByTypeName.Remove(inputObj.Name);
        }
    }
}
