namespace Catalogue.GraphQL.Language;

/// <summary>The child nodes of each kind, in graphql-js <c>QueryDocumentKeys</c> order.</summary>
public static class NodeChildren
{
    public static IEnumerable<Node> Of(Node node)
    {
        var children = new List<Node>();
        switch (node)
        {
            case DocumentNode n: children.AddRange(n.Definitions); break;
            case OperationDefinitionNode n:
                Add(children, n.Name); children.AddRange(n.VariableDefinitions); children.AddRange(n.Directives); children.Add(n.SelectionSet); break;
            case VariableDefinitionNode n:
                children.Add(n.Variable); children.Add(n.Type); Add(children, n.DefaultValue); children.AddRange(n.Directives); break;
            case VariableNode n: children.Add(n.Name); break;
            case SelectionSetNode n: children.AddRange(n.Selections); break;
            case FieldNode n:
                Add(children, n.Alias); children.Add(n.Name); children.AddRange(n.Arguments); children.AddRange(n.Directives); Add(children, n.SelectionSet); break;
            case ArgumentNode n: children.Add(n.Name); children.Add(n.Value); break;
            case FragmentSpreadNode n: children.Add(n.Name); children.AddRange(n.Directives); break;
            case InlineFragmentNode n: Add(children, n.TypeCondition); children.AddRange(n.Directives); children.Add(n.SelectionSet); break;
            case FragmentDefinitionNode n:
                children.Add(n.Name); children.Add(n.TypeCondition); children.AddRange(n.Directives); children.Add(n.SelectionSet); break;
            case ListValueNode n: children.AddRange(n.Values); break;
            case ObjectValueNode n: children.AddRange(n.Fields); break;
            case ObjectFieldNode n: children.Add(n.Name); children.Add(n.Value); break;
            case DirectiveNode n: children.Add(n.Name); children.AddRange(n.Arguments); break;
            case NamedTypeNode n: children.Add(n.Name); break;
            case ListTypeNode n: children.Add(n.Type); break;
            case NonNullTypeNode n: children.Add(n.Type); break;
            case SchemaDefinitionNode n: Add(children, n.Description); children.AddRange(n.Directives); children.AddRange(n.OperationTypes); break;
            case OperationTypeDefinitionNode n: children.Add(n.Type); break;
            case ScalarTypeDefinitionNode n: Add(children, n.Description); children.Add(n.Name); children.AddRange(n.Directives); break;
            case ObjectTypeDefinitionNode n:
                Add(children, n.Description); children.Add(n.Name); children.AddRange(n.Interfaces); children.AddRange(n.Directives); children.AddRange(n.Fields); break;
            case FieldDefinitionNode n:
                Add(children, n.Description); children.Add(n.Name); children.AddRange(n.Arguments); children.Add(n.Type); children.AddRange(n.Directives); break;
            case InputValueDefinitionNode n:
                Add(children, n.Description); children.Add(n.Name); children.Add(n.Type); Add(children, n.DefaultValue); children.AddRange(n.Directives); break;
            case InterfaceTypeDefinitionNode n:
                Add(children, n.Description); children.Add(n.Name); children.AddRange(n.Interfaces); children.AddRange(n.Directives); children.AddRange(n.Fields); break;
            case UnionTypeDefinitionNode n:
                Add(children, n.Description); children.Add(n.Name); children.AddRange(n.Directives); children.AddRange(n.Types); break;
            case EnumTypeDefinitionNode n:
                Add(children, n.Description); children.Add(n.Name); children.AddRange(n.Directives); children.AddRange(n.Values); break;
            case EnumValueDefinitionNode n: Add(children, n.Description); children.Add(n.Name); children.AddRange(n.Directives); break;
            case InputObjectTypeDefinitionNode n:
                Add(children, n.Description); children.Add(n.Name); children.AddRange(n.Directives); children.AddRange(n.Fields); break;
            case DirectiveDefinitionNode n:
                Add(children, n.Description); children.Add(n.Name); children.AddRange(n.Arguments); children.AddRange(n.Locations); break;
            case SchemaExtensionNode n: children.AddRange(n.Directives); children.AddRange(n.OperationTypes); break;
            case ScalarTypeExtensionNode n: children.Add(n.Name); children.AddRange(n.Directives); break;
            case ObjectTypeExtensionNode n:
                children.Add(n.Name); children.AddRange(n.Interfaces); children.AddRange(n.Directives); children.AddRange(n.Fields); break;
            case InterfaceTypeExtensionNode n:
                children.Add(n.Name); children.AddRange(n.Interfaces); children.AddRange(n.Directives); children.AddRange(n.Fields); break;
            case UnionTypeExtensionNode n: children.Add(n.Name); children.AddRange(n.Directives); children.AddRange(n.Types); break;
            case EnumTypeExtensionNode n: children.Add(n.Name); children.AddRange(n.Directives); children.AddRange(n.Values); break;
            case InputObjectTypeExtensionNode n: children.Add(n.Name); children.AddRange(n.Directives); children.AddRange(n.Fields); break;
        }
        return children;
    }

    private static void Add(List<Node> children, Node? child)
    {
        if (child is not null) children.Add(child);
    }
}
