using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;

namespace Catalogue.GraphQL.Utilities;

/// <summary>
/// Tracks, during a traversal, the schema types at the current position (graphql-js utilities/TypeInfo):
/// the output type, parent composite type, field definition, input type, argument, directive and enum value.
/// Call <see cref="Enter"/>/<see cref="Leave"/> for every node, or wrap a visitor with <see cref="TypeInfoVisitor"/>.
/// </summary>
public sealed class TypeInfo(Schema schema)
{
    private static readonly object Undefined = new();

    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<ICompositeType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<object?> _defaultValueStack = [];
    private DirectiveDefinition? _directive;
    private ArgumentDefinition? _argument;
    private EnumValueDefinition? _enumValue;

    public Schema Schema { get; } = schema;

    /// <summary>The output type of the current field, fragment or operation.</summary>
    public GraphQLType? GetType() => _typeStack.Count > 0 ? _typeStack[^1] : null;

    /// <summary>The composite type whose selection set is being visited.</summary>
    public ICompositeType? GetParentType() => _parentTypeStack.Count > 0 ? _parentTypeStack[^1] : null;

    /// <summary>The expected type of the current input value (argument, list item, object field, variable).</summary>
    public GraphQLType? GetInputType() => _inputTypeStack.Count > 0 ? _inputTypeStack[^1] : null;

    public GraphQLType? GetParentInputType() => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public FieldDefinition? GetFieldDef() => _fieldDefStack.Count > 0 ? _fieldDefStack[^1] : null;

    /// <summary>The default value of the current argument or input field; Has is false when there is none (graphql-js undefined).</summary>
    public (bool Has, object? Value) GetDefaultValue()
    {
        if (_defaultValueStack.Count == 0) return (false, null);
        var top = _defaultValueStack[^1];
        return ReferenceEquals(top, Undefined) ? (false, null) : (true, top);
    }

    public DirectiveDefinition? GetDirective() => _directive;

    public ArgumentDefinition? GetArgument() => _argument;

    public EnumValueDefinition? GetEnumValue() => _enumValue;

    public void Enter(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                _parentTypeStack.Add(GetType()?.GetNamedType() as ICompositeType);
                break;
            case FieldNode field:
            {
                var parentType = GetParentType();
                var fieldDef = parentType is null ? null : GetFieldDef(Schema, parentType, field.Name.Value);
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(TypePredicates.IsOutputType(fieldDef?.Type) ? fieldDef!.Type : null);
                break;
            }
            case DirectiveNode directive:
                _directive = Schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(Schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                PushFragmentType(inline.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                PushFragmentType(fragment.TypeCondition);
                break;
            case VariableDefinitionNode variableDefinition:
            {
                var inputType = TypeFromAst.Get(Schema, variableDefinition.Type);
                _inputTypeStack.Add(TypePredicates.IsInputType(inputType) ? inputType : null);
                break;
            }
            case ArgumentNode argument:
            {
                var args = _directive?.Args ?? GetFieldDef()?.Args;
                var argDef = args?.FirstOrDefault(a => a.Name == argument.Name.Value);
                _argument = argDef;
                _defaultValueStack.Add(argDef is { HasDefaultValue: true } ? argDef.DefaultValue : Undefined);
                _inputTypeStack.Add(TypePredicates.IsInputType(argDef?.Type) ? argDef!.Type : null);
                break;
            }
            case ListValueNode:
            {
                var listType = GetInputType()?.GetNullableType();
                var itemType = listType is ListType l ? l.OfType : listType;
                _defaultValueStack.Add(Undefined);
                _inputTypeStack.Add(TypePredicates.IsInputType(itemType) ? itemType : null);
                break;
            }
            case ObjectFieldNode objectField:
            {
                var inputField = (GetInputType()?.GetNamedType() as InputObjectType)?.GetField(objectField.Name.Value);
                _defaultValueStack.Add(inputField is { HasDefaultValue: true } ? inputField.DefaultValue : Undefined);
                _inputTypeStack.Add(TypePredicates.IsInputType(inputField?.Type) ? inputField!.Type : null);
                break;
            }
            case EnumValueNode enumValue:
                _enumValue = (GetInputType()?.GetNamedType() as EnumType)?.GetValue(enumValue.Value);
                break;
        }
    }

    public void Leave(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                _directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                _argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                _enumValue = null;
                break;
        }
    }

    /// <summary>
    /// The definition of a field on a parent type, including the meta fields (__schema and __type on the query
    /// root only, __typename everywhere). Shared with the executor so both agree on which fields exist.
    /// </summary>
    public static FieldDefinition? GetFieldDef(Schema schema, ICompositeType parentType, string fieldName)
    {
        if (fieldName == Introspection.SchemaMetaField.Name && ReferenceEquals(schema.Query, parentType)) return Introspection.SchemaMetaField;
        if (fieldName == Introspection.TypeMetaField.Name && ReferenceEquals(schema.Query, parentType)) return Introspection.TypeMetaField;
        if (fieldName == Introspection.TypeNameMetaField.Name) return Introspection.TypeNameMetaField;
        return parentType is IFieldsType fieldsType ? fieldsType.Fields.GetValueOrDefault(fieldName) : null;
    }

    private void PushFragmentType(NamedTypeNode? typeCondition)
    {
        var outputType = typeCondition is not null ? TypeFromAst.Get(Schema, typeCondition) : GetType()?.GetNamedType();
        _typeStack.Add(TypePredicates.IsOutputType(outputType) ? outputType : null);
    }

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
    }
}

/// <summary>
/// graphql-js visitWithTypeInfo: keeps a <see cref="TypeInfo"/> in step with a traversal and calls the inner
/// visitor with the type information already updated for the node being entered.
/// </summary>
public sealed class TypeInfoVisitor(TypeInfo typeInfo, AstVisitor visitor) : AstVisitor
{
    public override VisitAction Enter(Node node, IReadOnlyList<Node> ancestors)
    {
        typeInfo.Enter(node);
        var action = visitor.Enter(node, ancestors);
        // A skipped node is never left, so its type information is unwound at once.
        if (action != VisitAction.Continue) typeInfo.Leave(node);
        return action;
    }

    public override VisitAction Leave(Node node, IReadOnlyList<Node> ancestors)
    {
        var action = visitor.Leave(node, ancestors);
        typeInfo.Leave(node);
        return action;
    }
}
