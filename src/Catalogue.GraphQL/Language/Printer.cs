using System.Globalization;
using System.Text;

namespace Catalogue.GraphQL.Language;

/// <summary>Prints an AST back to GraphQL text in graphql-js's canonical layout (<c>print()</c>).</summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(Node node) => node switch
    {
        NameNode n => n.Value,
        VariableNode n => "$" + n.Name.Value,
        DocumentNode n => Join(n.Definitions.Select(Print), "\n\n"),
        OperationDefinitionNode n => PrintOperation(n),
        VariableDefinitionNode n => Print(n.Variable) + ": " + Print(n.Type) + Wrap(" = ", Opt(n.DefaultValue)) + Wrap(" ", Directives(n.Directives)),
        SelectionSetNode n => Block(n.Selections.Select(Print)),
        FieldNode n => PrintField(n),
        ArgumentNode n => n.Name.Value + ": " + Print(n.Value),
        FragmentSpreadNode n => "..." + n.Name.Value + Wrap(" ", Directives(n.Directives)),
        InlineFragmentNode n => Join([ "...", Wrap("on ", Opt(n.TypeCondition)), Directives(n.Directives), Print(n.SelectionSet) ], " "),
        FragmentDefinitionNode n => $"fragment {n.Name.Value} on {Print(n.TypeCondition)} " + Wrap("", Directives(n.Directives), " ") + Print(n.SelectionSet),
        IntValueNode n => n.Value,
        FloatValueNode n => n.Value,
        StringValueNode n => n.Block ? BlockString.Print(n.Value) : PrintString(n.Value),
        BooleanValueNode n => n.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode n => n.Value,
        ListValueNode n => "[" + Join(n.Values.Select(Print), ", ") + "]",
        ObjectValueNode n => "{" + Join(n.Fields.Select(Print), ", ") + "}",
        ObjectFieldNode n => n.Name.Value + ": " + Print(n.Value),
        DirectiveNode n => "@" + n.Name.Value + Wrap("(", Join(n.Arguments.Select(Print), ", "), ")"),
        NamedTypeNode n => n.Name.Value,
        ListTypeNode n => "[" + Print(n.Type) + "]",
        NonNullTypeNode n => Print(n.Type) + "!",
        SchemaDefinitionNode n => Description(n.Description) + Join(["schema", Directives(n.Directives), Block(n.OperationTypes.Select(Print))], " "),
        OperationTypeDefinitionNode n => OperationName(n.Operation) + ": " + Print(n.Type),
        ScalarTypeDefinitionNode n => Description(n.Description) + Join(["scalar", n.Name.Value, Directives(n.Directives)], " "),
        ObjectTypeDefinitionNode n => Description(n.Description) + Join(["type", n.Name.Value, Implements(n.Interfaces), Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        FieldDefinitionNode n => Description(n.Description) + n.Name.Value + ArgumentDefinitions(n.Arguments) + ": " + Print(n.Type) + Wrap(" ", Directives(n.Directives)),
        InputValueDefinitionNode n => Description(n.Description) + Join([n.Name.Value + ": " + Print(n.Type), Wrap("= ", Opt(n.DefaultValue)), Directives(n.Directives)], " "),
        InterfaceTypeDefinitionNode n => Description(n.Description) + Join(["interface", n.Name.Value, Implements(n.Interfaces), Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        UnionTypeDefinitionNode n => Description(n.Description) + Join(["union", n.Name.Value, Directives(n.Directives), Wrap("= ", Join(n.Types.Select(Print), " | "))], " "),
        EnumTypeDefinitionNode n => Description(n.Description) + Join(["enum", n.Name.Value, Directives(n.Directives), Block(n.Values.Select(Print))], " "),
        EnumValueDefinitionNode n => Description(n.Description) + Join([n.Name.Value, Directives(n.Directives)], " "),
        InputObjectTypeDefinitionNode n => Description(n.Description) + Join(["input", n.Name.Value, Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        DirectiveDefinitionNode n => Description(n.Description) + "directive @" + n.Name.Value + ArgumentDefinitions(n.Arguments)
            + (n.Repeatable ? " repeatable" : "") + " on " + Join(n.Locations.Select(Print), " | "),
        SchemaExtensionNode n => Join(["extend schema", Directives(n.Directives), Block(n.OperationTypes.Select(Print))], " "),
        ScalarTypeExtensionNode n => Join(["extend scalar", n.Name.Value, Directives(n.Directives)], " "),
        ObjectTypeExtensionNode n => Join(["extend type", n.Name.Value, Implements(n.Interfaces), Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        InterfaceTypeExtensionNode n => Join(["extend interface", n.Name.Value, Implements(n.Interfaces), Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        UnionTypeExtensionNode n => Join(["extend union", n.Name.Value, Directives(n.Directives), Wrap("= ", Join(n.Types.Select(Print), " | "))], " "),
        EnumTypeExtensionNode n => Join(["extend enum", n.Name.Value, Directives(n.Directives), Block(n.Values.Select(Print))], " "),
        InputObjectTypeExtensionNode n => Join(["extend input", n.Name.Value, Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        _ => throw new ArgumentException($"Cannot print node of kind {node.Kind}.", nameof(node)),
    };

    /// <summary>A string literal with JSON-like escapes (graphql-js <c>printString</c>).</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    public static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static string PrintOperation(OperationDefinitionNode n)
    {
        var varDefs = Wrap("(", Join(n.VariableDefinitions.Select(Print), ", "), ")");
        var prefix = Join([OperationName(n.Operation), Join([Opt(n.Name), varDefs], ""), Directives(n.Directives)], " ");
        // An anonymous query without variables or directives prints in its shorthand form.
        return (prefix == "query" ? "" : prefix + " ") + Print(n.SelectionSet);
    }

    private static string PrintField(FieldNode n)
    {
        var prefix = Wrap("", Opt(n.Alias), ": ") + n.Name.Value;
        var args = n.Arguments.Select(Print).ToList();
        var argsLine = prefix + Wrap("(", Join(args, ", "), ")");
        if (argsLine.Length > MaxLineLength) argsLine = prefix + Wrap("(\n", Indent(Join(args, "\n")), "\n)");
        return Join([argsLine, Directives(n.Directives), Opt(n.SelectionSet)], " ");
    }

    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return printed.Any(a => a.Contains('\n'))
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static string Implements(IReadOnlyList<NamedTypeNode> interfaces)
        => Wrap("implements ", Join(interfaces.Select(Print), " & "));

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(Print), " ");

    private static string Description(StringValueNode? description) => Wrap("", Opt(description), "\n");

    private static string Opt(Node? node) => node is null ? "" : Print(node);

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "" : "{\n" + Indent(Join(list, "\n")) + "\n}";
    }

    private static string Indent(string text) => Wrap("  ", text.Replace("\n", "\n  "));

    private static string Wrap(string start, string? text, string end = "") => string.IsNullOrEmpty(text) ? "" : start + text + end;

    private static string Join(IEnumerable<string?> items, string separator)
        => string.Join(separator, items.Where(s => !string.IsNullOrEmpty(s)));
}
