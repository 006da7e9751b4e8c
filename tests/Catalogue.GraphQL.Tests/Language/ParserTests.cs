using Catalogue.GraphQL.Language;

namespace Catalogue.GraphQL.Tests.Language;

public class ParserTests
{
    [Fact]
    public void Parses_the_kitchen_sink_query()
    {
        var document = Parser.Parse(KitchenSink.Query);

        Assert.Equal(6, document.Definitions.Count);
        var query = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("queryName", query.Name!.Value);
        Assert.Equal(2, query.VariableDefinitions.Count);
        Assert.Equal("MOBILE", Assert.IsType<EnumValueNode>(query.VariableDefinitions[1].DefaultValue).Value);
        var node = Assert.IsType<FieldNode>(Assert.Single(query.SelectionSet.Selections));
        Assert.Equal("whoever123is", node.Alias!.Value);
        Assert.Equal("node", node.Name.Value);
        var inline = Assert.IsType<InlineFragmentNode>(node.SelectionSet!.Selections[1]);
        Assert.Equal("User", inline.TypeCondition!.Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(node.SelectionSet.Selections[2]).TypeCondition);

        var subscription = Assert.IsType<OperationDefinitionNode>(document.Definitions[2]);
        Assert.Equal(OperationType.Subscription, subscription.Operation);
        Assert.Equal("onVariableDefinition", subscription.VariableDefinitions[0].Directives[0].Name.Value);

        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[3]);
        var foo = Assert.IsType<FieldNode>(fragment.SelectionSet.Selections[0]);
        var obj = Assert.IsType<ObjectValueNode>(foo.Arguments[2].Value);
        var block = Assert.IsType<StringValueNode>(obj.Fields[1].Value);
        Assert.True(block.Block);
        Assert.Equal("block string uses \"\"\"", block.Value);

        var shorthand = Assert.IsType<OperationDefinitionNode>(document.Definitions[4]);
        Assert.Null(shorthand.Name);
        Assert.Equal("query", ((FieldNode)shorthand.SelectionSet.Selections[1]).Name.Value);
    }

    [Fact]
    public void Parses_the_kitchen_sink_sdl()
    {
        var document = Parser.Parse(KitchenSink.Sdl);

        var schema = Assert.IsType<SchemaDefinitionNode>(document.Definitions[0]);
        Assert.Equal("This is a description of the schema as a whole.", schema.Description!.Value);
        var foo = Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[1]);
        Assert.Equal("This is a description\nof the `Foo` type.", foo.Description!.Value);
        Assert.Equal(["Bar", "Baz", "Two"], foo.Interfaces.Select(i => i.Name.Value));
        Assert.Equal(7, foo.Fields.Count);
        Assert.False(foo.Fields[0].Description!.Block);
        Assert.IsType<NonNullTypeNode>(foo.Fields[1].Arguments[0].Type);

        var baz = document.Definitions.OfType<InterfaceTypeDefinitionNode>().Single(i => i.Name.Value == "Baz");
        Assert.Equal(["Bar", "Two"], baz.Interfaces.Select(i => i.Name.Value));
        var feed = document.Definitions.OfType<UnionTypeDefinitionNode>().First();
        Assert.Equal(["Story", "Article", "Advert"], feed.Types.Select(t => t.Name.Value));
        var repeatable = document.Definitions.OfType<DirectiveDefinitionNode>().Single(d => d.Name.Value == "myRepeatableDir");
        Assert.True(repeatable.Repeatable);
        Assert.Equal(["OBJECT", "INTERFACE"], repeatable.Locations.Select(l => l.Value));
        var schemaExtension = Assert.IsType<SchemaExtensionNode>(document.Definitions[^1]);
        Assert.Equal(OperationType.Subscription, schemaExtension.OperationTypes[0].Operation);
        Assert.Equal(7, document.Definitions.OfType<TypeExtensionNode>().Count(e => e is not ObjectTypeExtensionNode and not InterfaceTypeExtensionNode) );
    }

    [Fact]
    public void Locations_cover_the_node_text()
    {
        const string text = "{ field(arg: \"x\") }";
        var document = Parser.Parse(text);
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];

        Assert.Equal("field(arg: \"x\")", text[field.Location!.Start..field.Location.End]);
        Assert.Equal(0, document.Location!.Start);
        Assert.Equal(text.Length, document.Location.End);
    }

    [Fact]
    public void No_location_option_leaves_locations_null()
    {
        var document = Parser.Parse("{ a }", new ParseOptions { NoLocation = true });
        Assert.Null(document.Location);
        Assert.Null(document.Definitions[0].Location);
    }

    [Fact]
    public void Parses_values_and_types_alone()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[123 \"abc\" $var {a: null}]"));
        Assert.IsType<IntValueNode>(list.Values[0]);
        Assert.IsType<VariableNode>(list.Values[2]);
        Assert.IsType<NullValueNode>(Assert.IsType<ObjectValueNode>(list.Values[3]).Fields[0].Value);

        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[MyType!]!"));
        var inner = Assert.IsType<NonNullTypeNode>(Assert.IsType<ListTypeNode>(type.Type).Type);
        Assert.Equal("MyType", Assert.IsType<NamedTypeNode>(inner.Type).Name.Value);
    }

    [Fact]
    public void Keywords_are_allowed_as_names()
    {
        var document = Parser.Parse("query query { query: mutation(on: fragment) ...on on { subscription } }\nfragment frag on on { on }");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("query", operation.Name!.Value);
        var field = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Equal("mutation", field.Name.Value);
        Assert.Equal("fragment", ((EnumValueNode)field.Arguments[0].Value).Value);
    }
}
