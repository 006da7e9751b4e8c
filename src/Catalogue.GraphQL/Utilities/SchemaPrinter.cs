using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;

namespace Catalogue.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL exactly as graphql-js printSchema does: descriptions as block strings when printable,
/// @deprecated, @specifiedBy and @oneOf, default values through astFromValue, types in type map order.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>The schema's own directives and types (no built-in scalars, specified directives or introspection types).</summary>
    public static string Print(Schema schema) =>
        PrintFiltered(schema, d => !SpecifiedDirectives.IsSpecifiedDirective(d), IsDefinedType);

    /// <summary>The specified directives and the introspection types (graphql-js printIntrospectionSchema).</summary>
    public static string PrintIntrospectionSchema(Schema schema) =>
        PrintFiltered(schema, SpecifiedDirectives.IsSpecifiedDirective, Introspection.IsIntrospectionType);

    private static bool IsDefinedType(NamedType type) => !Scalars.IsSpecifiedScalar(type) && !Introspection.IsIntrospectionType(type);

    private static string PrintFiltered(Schema schema, Func<DirectiveDefinition, bool> directiveFilter, Func<NamedType, bool> typeFilter)
    {
        var parts = new List<string?> { PrintSchemaDefinition(schema) };
        parts.AddRange(schema.Directives.Where(directiveFilter).Select(PrintDirective));
        parts.AddRange(schema.TypeMap.Values.Where(typeFilter).Select(PrintType));
        return string.Join("\n\n", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    private static string? PrintSchemaDefinition(Schema schema)
    {
        if (schema.Description is null && IsSchemaOfCommonNames(schema)) return null;
        var operationTypes = new List<string>();
        if (schema.Query is { } query) operationTypes.Add($"  query: {query.Name}");
        if (schema.Mutation is { } mutation) operationTypes.Add($"  mutation: {mutation.Name}");
        if (schema.Subscription is { } subscription) operationTypes.Add($"  subscription: {subscription.Name}");
        return PrintDescription(schema.Description) + $"schema {{\n{string.Join("\n", operationTypes)}\n}}";
    }

    private static bool IsSchemaOfCommonNames(Schema schema) =>
        schema.Query is not { Name: not "Query" }
        && schema.Mutation is not { Name: not "Mutation" }
        && schema.Subscription is not { Name: not "Subscription" };

    /// <summary>One named type as SDL.</summary>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => PrintDescription(scalar.Description) + $"scalar {scalar.Name}" + PrintSpecifiedByUrl(scalar),
        ObjectType obj => PrintDescription(obj.Description) + $"type {obj.Name}" + PrintImplementedInterfaces(obj) + PrintFields(obj),
        InterfaceType iface => PrintDescription(iface.Description) + $"interface {iface.Name}" + PrintImplementedInterfaces(iface) + PrintFields(iface),
        UnionType union => PrintDescription(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
        EnumType enumType => PrintDescription(enumType.Description) + $"enum {enumType.Name}" + PrintBlock(enumType.Values.Select((v, i) =>
            PrintDescription(v.Description, "  ", i == 0) + "  " + v.Name + PrintDeprecated(v.DeprecationReason))),
        InputObjectType input => PrintDescription(input.Description) + $"input {input.Name}" + (input.IsOneOf ? " @oneOf" : "")
            + PrintBlock(input.Fields.Values.Select((f, i) => PrintDescription(f.Description, "  ", i == 0) + "  " + PrintInputValue(f))),
        _ => throw new InvalidOperationException($"Unexpected type: {type}"),
    };

    private static string PrintImplementedInterfaces(IFieldsType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string PrintFields(IFieldsType type) =>
        PrintBlock(type.Fields.Values.Select((f, i) =>
            PrintDescription(f.Description, "  ", i == 0) + "  " + f.Name + PrintArgs(f.Args, "  ") + ": " + f.Type + PrintDeprecated(f.DeprecationReason)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count != 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    private static string PrintArgs(IReadOnlyList<ArgumentDefinition> args, string indentation = "")
    {
        if (args.Count == 0) return "";
        // Without descriptions, arguments fit on one line.
        if (args.All(a => string.IsNullOrEmpty(a.Description)))
            return "(" + string.Join(", ", args.Select(PrintInputValue)) + ")";
        return "(\n" + string.Join("\n", args.Select((a, i) =>
            PrintDescription(a.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(a))) + "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValueDefinition arg)
    {
        var decl = arg.Name + ": " + arg.Type;
        if (arg.HasDefaultValue && AstFromValue.From(arg.DefaultValue, arg.Type) is { } defaultAst)
            decl += " = " + Printer.Print(defaultAst);
        return decl + PrintDeprecated(arg.DeprecationReason);
    }

    private static string PrintDirective(DirectiveDefinition directive) =>
        PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArgs(directive.Args)
        + PrintDeprecated(directive.DeprecationReason)
        + (directive.IsRepeatable ? " repeatable" : "")
        + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToString()));

    private static string PrintDeprecated(string? reason)
    {
        if (reason is null) return "";
        return reason != SpecifiedDirectives.DefaultDeprecationReason
            ? $" @deprecated(reason: {Printer.PrintString(reason)})"
            : " @deprecated";
    }

    private static string PrintSpecifiedByUrl(ScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? "" : $" @specifiedBy(url: {Printer.PrintString(scalar.SpecifiedByUrl)})";

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null) return "";
        var text = IsPrintableAsBlockString(description) ? BlockString.Print(description) : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + text.Replace("\n", "\n" + indentation) + "\n";
    }

    /// <summary>graphql-js isPrintableAsBlockString: whether printing as a block string preserves the value exactly.</summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0) return true;
        bool isEmptyLine = true, hasIndent = false, hasCommonIndent = true, seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000b' or '\u000c' or '\u000e' or '\u000f':
                    return false;
                case '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine) return false; // leading new line
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent = hasIndent || isEmptyLine;
                    break;
                default:
                    hasCommonIndent = hasCommonIndent && hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }
        if (isEmptyLine) return false; // trailing empty lines
        if (hasCommonIndent && seenNonEmptyLine) return false; // internal indent
        return true;
    }
}
