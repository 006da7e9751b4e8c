using Catalogue.GraphQL.Errors;

namespace Catalogue.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for the full GraphQL grammar, executable and type-system (graphql-js <c>Parser</c>).
/// Methods are named after the grammar productions; errors use graphql-js's wording.
/// </summary>
public sealed class Parser
{
    private readonly Lexer _lexer;
    private readonly ParseOptions _options;
    private int _tokenCounter;

    public Parser(Source source, ParseOptions? options = null)
    {
        _lexer = new Lexer(source);
        _options = options ?? new ParseOptions();
    }

    public static DocumentNode Parse(string source, ParseOptions? options = null) => Parse(new Source(source), options);

    public static DocumentNode Parse(Source source, ParseOptions? options = null) => new Parser(source, options).ParseDocument();

    /// <summary>Parses a single value literal such as <c>[1, "a", {b: $c}]</c>.</summary>
    public static ValueNode ParseValue(string source, ParseOptions? options = null)
    {
        var parser = new Parser(new Source(source), options);
        parser.ExpectToken(TokenKind.Sof);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.ExpectToken(TokenKind.Eof);
        return value;
    }

    /// <summary>Parses a single constant value literal (no variables).</summary>
    public static ValueNode ParseConstValue(string source, ParseOptions? options = null)
    {
        var parser = new Parser(new Source(source), options);
        parser.ExpectToken(TokenKind.Sof);
        var value = parser.ParseValueLiteral(isConst: true);
        parser.ExpectToken(TokenKind.Eof);
        return value;
    }

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParseOptions? options = null)
    {
        var parser = new Parser(new Source(source), options);
        parser.ExpectToken(TokenKind.Sof);
        var type = parser.ParseTypeReference();
        parser.ExpectToken(TokenKind.Eof);
        return type;
    }

    // Document ::= Definition+
    public DocumentNode ParseDocument()
    {
        var start = _lexer.Token;
        return new DocumentNode
        {
            Definitions = Many(TokenKind.Sof, ParseDefinition, TokenKind.Eof),
            Location = Loc(start),
        };
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL)) return ParseOperationDefinition();

        var hasDescription = PeekDescription();
        var keywordToken = hasDescription ? _lexer.Lookahead() : _lexer.Token;
        if (keywordToken.Kind == TokenKind.Name)
        {
            switch (keywordToken.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
            }

            if (hasDescription)
                throw SyntaxError.Create(_lexer.Source, _lexer.Token.Start,
                    "Unexpected description, descriptions are supported only on type definitions.");

            switch (keywordToken.Value)
            {
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
                case "extend": return ParseTypeSystemExtension();
            }
        }
        throw Unexpected(keywordToken);
    }

    // ---- Executable definitions ----

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _lexer.Token;
        if (Peek(TokenKind.BraceL))
        {
            return new OperationDefinitionNode
            {
                Operation = OperationType.Query,
                SelectionSet = ParseSelectionSet(),
                Location = Loc(start),
            };
        }
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        return new OperationDefinitionNode
        {
            Operation = operation,
            Name = name,
            VariableDefinitions = ParseVariableDefinitions(),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Location = Loc(start),
        };
    }

    private OperationType ParseOperationType()
    {
        var operationToken = ExpectToken(TokenKind.Name);
        return operationToken.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(operationToken),
        };
    }

    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
        => OptionalMany(TokenKind.ParenL, ParseVariableDefinition, TokenKind.ParenR);

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _lexer.Token;
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        return new VariableDefinitionNode
        {
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = ParseDirectives(isConst: true),
            Location = Loc(start),
        };
    }

    private VariableNode ParseVariable()
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.Dollar);
        return new VariableNode { Name = ParseName(), Location = Loc(start) };
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = _lexer.Token;
        return new SelectionSetNode
        {
            Selections = Many(TokenKind.BraceL, ParseSelection, TokenKind.BraceR),
            Location = Loc(start),
        };
    }

    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    private FieldNode ParseField()
    {
        var start = _lexer.Token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = ParseArguments(isConst: false),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null,
            Location = Loc(start),
        };
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
        => OptionalMany(TokenKind.ParenL, () => ParseArgument(isConst), TokenKind.ParenR);

    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = _lexer.Token;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new ArgumentNode { Name = name, Value = ParseValueLiteral(isConst), Location = Loc(start) };
    }

    private SelectionNode ParseFragment()
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            return new FragmentSpreadNode
            {
                Name = ParseFragmentName(),
                Directives = ParseDirectives(isConst: false),
                Location = Loc(start),
            };
        }
        return new InlineFragmentNode
        {
            TypeCondition = hasTypeCondition ? ParseNamedType() : null,
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Location = Loc(start),
        };
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _lexer.Token;
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        return new FragmentDefinitionNode
        {
            Name = name,
            TypeCondition = ParseNamedType(),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Location = Loc(start),
        };
    }

    private NameNode ParseFragmentName()
    {
        if (_lexer.Token.Value == "on") throw Unexpected();
        return ParseName();
    }

    // ---- Values ----

    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _lexer.Token;
        switch (token.Kind)
        {
            case TokenKind.BracketL: return ParseList(isConst);
            case TokenKind.BraceL: return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode { Value = token.Value!, Location = Loc(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode { Value = token.Value!, Location = Loc(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode { Value = true, Location = Loc(token) },
                    "false" => new BooleanValueNode { Value = false, Location = Loc(token) },
                    "null" => new NullValueNode { Location = Loc(token) },
                    _ => new EnumValueNode { Value = token.Value!, Location = Loc(token) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    ExpectToken(TokenKind.Dollar);
                    if (_lexer.Token.Kind == TokenKind.Name)
                        throw SyntaxError.Create(_lexer.Source, token.Start,
                            $"Unexpected variable \"${_lexer.Token.Value}\" in constant value.");
                    throw Unexpected(token);
                }
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = _lexer.Token;
        Advance();
        return new StringValueNode
        {
            Value = token.Value!,
            Block = token.Kind == TokenKind.BlockString,
            Location = Loc(token),
        };
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = _lexer.Token;
        return new ListValueNode
        {
            Values = Any(TokenKind.BracketL, () => ParseValueLiteral(isConst), TokenKind.BracketR),
            Location = Loc(start),
        };
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _lexer.Token;
        return new ObjectValueNode
        {
            Fields = Any(TokenKind.BraceL, () => ParseObjectField(isConst), TokenKind.BraceR),
            Location = Loc(start),
        };
    }

    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = _lexer.Token;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new ObjectFieldNode { Name = name, Value = ParseValueLiteral(isConst), Location = Loc(start) };
    }

    // ---- Directives and types ----

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At)) directives.Add(ParseDirective(isConst));
        return directives;
    }

    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.At);
        return new DirectiveNode { Name = ParseName(), Arguments = ParseArguments(isConst), Location = Loc(start) };
    }

    private TypeNode ParseTypeReference()
    {
        var start = _lexer.Token;
        TypeNode type;
        if (ExpectOptionalToken(TokenKind.BracketL))
        {
            var innerType = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            type = new ListTypeNode { Type = innerType, Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        if (ExpectOptionalToken(TokenKind.Bang)) return new NonNullTypeNode { Type = type, Location = Loc(start) };
        return type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = _lexer.Token;
        return new NamedTypeNode { Name = ParseName(), Location = Loc(start) };
    }

    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode { Value = token.Value!, Location = Loc(token) };
    }

    // ---- Type system definitions ----

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = Many(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        return new SchemaDefinitionNode
        {
            Description = description,
            Directives = directives,
            OperationTypes = operationTypes,
            Location = Loc(start),
        };
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = _lexer.Token;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        return new OperationTypeDefinitionNode { Operation = operation, Type = ParseNamedType(), Location = Loc(start) };
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        return new ScalarTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = ParseDirectives(isConst: true),
            Location = Loc(start),
        };
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        return new ObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = ParseFieldsDefinition(),
            Location = Loc(start),
        };
    }

    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
        => ExpectOptionalKeyword("implements") ? DelimitedMany(TokenKind.Amp, ParseNamedType) : [];

    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
        => OptionalMany(TokenKind.BraceL, ParseFieldDefinition, TokenKind.BraceR);

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefs();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        return new FieldDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Type = type,
            Directives = ParseDirectives(isConst: true),
            Location = Loc(start),
        };
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefs()
        => OptionalMany(TokenKind.ParenL, ParseInputValueDef, TokenKind.ParenR);

    private InputValueDefinitionNode ParseInputValueDef()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        return new InputValueDefinitionNode
        {
            Description = description,
            Name = name,
            Type = type,
            DefaultValue = defaultValue,
            Directives = ParseDirectives(isConst: true),
            Location = Loc(start),
        };
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        return new InterfaceTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = ParseFieldsDefinition(),
            Location = Loc(start),
        };
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new UnionTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Types = ParseUnionMemberTypes(),
            Location = Loc(start),
        };
    }

    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes()
        => ExpectOptionalToken(TokenKind.Equals) ? DelimitedMany(TokenKind.Pipe, ParseNamedType) : [];

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Values = ParseEnumValuesDefinition(),
            Location = Loc(start),
        };
    }

    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
        => OptionalMany(TokenKind.BraceL, ParseEnumValueDefinition, TokenKind.BraceR);

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseEnumValueName();
        return new EnumValueDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = ParseDirectives(isConst: true),
            Location = Loc(start),
        };
    }

    private NameNode ParseEnumValueName()
    {
        var token = _lexer.Token;
        if (token.Value is "true" or "false" or "null")
            throw SyntaxError.Create(_lexer.Source, token.Start,
                $"{token.Describe()} is reserved and cannot be used for an enum value.");
        return ParseName();
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new InputObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Fields = ParseInputFieldsDefinition(),
            Location = Loc(start),
        };
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition()
        => OptionalMany(TokenKind.BraceL, ParseInputValueDef, TokenKind.BraceR);

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefs();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Repeatable = repeatable,
            Locations = DelimitedMany(TokenKind.Pipe, ParseDirectiveLocation),
            Location = Loc(start),
        };
    }

    private NameNode ParseDirectiveLocation()
    {
        var start = _lexer.Token;
        var name = ParseName();
        if (Enum.TryParse<DirectiveLocation>(name.Value, ignoreCase: false, out _) && !int.TryParse(name.Value, out _))
            return name;
        throw Unexpected(start);
    }

    // ---- Type system extensions ----

    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keywordToken = _lexer.Lookahead();
        if (keywordToken.Kind == TokenKind.Name)
        {
            switch (keywordToken.Value)
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectTypeExtension();
                case "interface": return ParseInterfaceTypeExtension();
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }
        throw Unexpected(keywordToken);
    }

    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = OptionalMany(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        if (directives.Count == 0 && operationTypes.Count == 0) throw Unexpected();
        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Location = Loc(start) };
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0) throw Unexpected();
        return new ScalarTypeExtensionNode { Name = name, Directives = directives, Location = Loc(start) };
    }

    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0) throw Unexpected();
        return new ObjectTypeExtensionNode
        {
            Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = Loc(start),
        };
    }

    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0) throw Unexpected();
        return new InterfaceTypeExtensionNode
        {
            Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = Loc(start),
        };
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0) throw Unexpected();
        return new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Location = Loc(start) };
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0) throw Unexpected();
        return new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Location = Loc(start) };
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0) throw Unexpected();
        return new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Location = Loc(start) };
    }

    // ---- Token helpers ----

    private Location? Loc(Token startToken)
        => _options.NoLocation ? null : new Location(startToken.Start, _lexer.LastToken.End, _lexer.Source);

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private Token ExpectToken(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind == kind)
        {
            Advance();
            return token;
        }
        throw SyntaxError.Create(_lexer.Source, token.Start, $"Expected {kind.Describe()}, found {token.Describe()}.");
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Token.Kind != kind) return false;
        Advance();
        return true;
    }

    private void ExpectKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            Advance();
            return;
        }
        throw SyntaxError.Create(_lexer.Source, token.Start, $"Expected \"{value}\", found {token.Describe()}.");
    }

    private bool ExpectOptionalKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind != TokenKind.Name || token.Value != value) return false;
        Advance();
        return true;
    }

    private GraphQLError Unexpected(Token? atToken = null)
    {
        var token = atToken ?? _lexer.Token;
        return SyntaxError.Create(_lexer.Source, token.Start, $"Unexpected {token.Describe()}.");
    }

    /// <summary>open item* close (possibly empty).</summary>
    private List<T> Any<T>(TokenKind open, Func<T> parse, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        while (!ExpectOptionalToken(close)) nodes.Add(parse());
        return nodes;
    }

    /// <summary>(open item+ close)? — absent gives an empty list, present must hold at least one item.</summary>
    private List<T> OptionalMany<T>(TokenKind open, Func<T> parse, TokenKind close)
    {
        if (!ExpectOptionalToken(open)) return [];
        var nodes = new List<T>();
        do nodes.Add(parse());
        while (!ExpectOptionalToken(close));
        return nodes;
    }

    /// <summary>open item+ close.</summary>
    private List<T> Many<T>(TokenKind open, Func<T> parse, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        do nodes.Add(parse());
        while (!ExpectOptionalToken(close));
        return nodes;
    }

    /// <summary>delimiter? item (delimiter item)* — e.g. <c>implements &amp; A &amp; B</c>.</summary>
    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<T> parse)
    {
        ExpectOptionalToken(delimiter);
        var nodes = new List<T>();
        do nodes.Add(parse());
        while (ExpectOptionalToken(delimiter));
        return nodes;
    }

    private void Advance()
    {
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.Eof && _options.MaxTokens is { } maxTokens && ++_tokenCounter > maxTokens)
            throw SyntaxError.Create(_lexer.Source, token.Start,
                $"Document contains more than {maxTokens} tokens. Parsing aborted.");
    }
}
