using Catalogue.Rdf.Model;

namespace Catalogue.Rdf.Parsing;

/// <summary>
/// RDF 1.1 Turtle parser (recursive descent; methods are named after the grammar productions). Pushes prefixes,
/// base changes and triples to an <see cref="IRdfSink"/> in document order. Throws <see cref="RdfParseException"/>
/// with line and column on the first error.
/// </summary>
public sealed class TurtleParser
{
    /// <summary>Nesting limit for blank node property lists and collections, so hostile input cannot exhaust the stack.</summary>
    public int MaxNestingDepth { get; init; } = 512;

    public void Parse(TextReader reader, IRdfSink sink, string? baseIri = null) =>
        new Run(this, new TurtleLexer(reader, lineMode: false), sink, baseIri).ParseTurtleDoc();

    public void Parse(string text, IRdfSink sink, string? baseIri = null) => Parse(new StringReader(text), sink, baseIri);

    /// <summary>Parses a byte stream as UTF-8 (a BOM, if any, is skipped); the stream is left open.</summary>
    public void Parse(Stream stream, IRdfSink sink, string? baseIri = null)
    {
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        Parse(reader, sink, baseIri);
    }

    /// <summary>Convenience: parses into a new <see cref="Graph"/>.</summary>
    public Graph ParseGraph(string text, string? baseIri = null)
    {
        var graph = new Graph();
        Parse(text, graph, baseIri);
        return graph;
    }

    /// <summary>The state of one parse (one document).</summary>
    private sealed class Run(TurtleParser options, TurtleLexer lexer, IRdfSink sink, string? baseIri)
    {
        private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
        private readonly BlankNodeScope _blankNodes = new();
        private string? _base = baseIri;
        private TurtleToken _token = lexer.Next();
        private int _depth;

        // turtleDoc ::= statement*
        public void ParseTurtleDoc()
        {
            while (_token.Kind != TurtleTokenKind.EndOfInput) ParseStatement();
        }

        // statement ::= directive | triples '.'
        private void ParseStatement()
        {
            if (_token.Kind == TurtleTokenKind.AtWord)
            {
                var directive = _token;
                if (directive.Value == "prefix") { Advance(); ParsePrefixId(); }
                else if (directive.Value == "base") { Advance(); ParseBase(); }
                else throw Error($"Unexpected '@{directive.Value}'", directive);
                Expect(TurtleTokenKind.Dot, "'.' after a directive");
                return;
            }
            if (_token.Kind == TurtleTokenKind.Word && _token.Value.Equals("PREFIX", StringComparison.OrdinalIgnoreCase))
            {
                Advance();
                ParsePrefixId();
                return;
            }
            if (_token.Kind == TurtleTokenKind.Word && _token.Value.Equals("BASE", StringComparison.OrdinalIgnoreCase))
            {
                Advance();
                ParseBase();
                return;
            }
            ParseTriples();
            Expect(TurtleTokenKind.Dot, "'.' at the end of a statement");
        }

        // prefixID ::= '@prefix' PNAME_NS IRIREF   (and sparqlPrefix without the dot)
        private void ParsePrefixId()
        {
            if (_token.Kind != TurtleTokenKind.PrefixedName || _token.Value.Length != 0)
                throw Error($"Expected a prefix name like 'ex:' but found {_token.Describe()}", _token);
            var prefix = _token.Prefix!;
            Advance();
            if (_token.Kind != TurtleTokenKind.IriRef) throw Error($"Expected an IRI after the prefix but found {_token.Describe()}", _token);
            var ns = Resolve(_token.Value);
            Advance();
            _prefixes[prefix] = ns;
            sink.Prefix(prefix, ns);
        }

        // base ::= '@base' IRIREF   (and sparqlBase)
        private void ParseBase()
        {
            if (_token.Kind != TurtleTokenKind.IriRef) throw Error($"Expected an IRI after base but found {_token.Describe()}", _token);
            _base = Resolve(_token.Value);
            Advance();
            sink.Base(_base);
        }

        // triples ::= subject predicateObjectList | blankNodePropertyList predicateObjectList?
        private void ParseTriples()
        {
            if (_token.Kind == TurtleTokenKind.OpenBracket)
            {
                var open = _token;
                Advance();
                if (_token.Kind == TurtleTokenKind.CloseBracket)
                {
                    Advance();
                    ParsePredicateObjectList(_blankNodes.Fresh());
                    return;
                }
                var node = ParseBlankNodePropertyListBody(open);
                if (_token.Kind != TurtleTokenKind.Dot) ParsePredicateObjectList(node);
                return;
            }
            ParsePredicateObjectList(ParseSubject());
        }

        // subject ::= iri | BlankNode | collection
        private Term ParseSubject()
        {
            var token = _token;
            switch (token.Kind)
            {
                case TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName: return ParseIri();
                case TurtleTokenKind.BlankNodeLabel: Advance(); return _blankNodes.ForLabel(token.Value);
                case TurtleTokenKind.OpenParen: return ParseCollection();
                default: throw Error($"Expected a subject but found {token.Describe()}", token);
            }
        }

        // predicateObjectList ::= verb objectList (';' (verb objectList)?)*
        private void ParsePredicateObjectList(Term subject)
        {
            ParseObjectList(subject, ParseVerb());
            while (_token.Kind == TurtleTokenKind.Semicolon)
            {
                Advance();
                if (IsVerbStart(_token)) ParseObjectList(subject, ParseVerb());
            }
        }

        private static bool IsVerbStart(TurtleToken t) =>
            t.Kind is TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName || (t.Kind == TurtleTokenKind.Word && t.Value == "a");

        // verb ::= predicate | 'a'
        private Iri ParseVerb()
        {
            if (_token.Kind == TurtleTokenKind.Word && _token.Value == "a") { Advance(); return Model.Rdf.Type; }
            if (_token.Kind is TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName) return ParseIri();
            throw Error($"Expected a predicate but found {_token.Describe()}", _token);
        }

        // objectList ::= object (',' object)*
        private void ParseObjectList(Term subject, Iri predicate)
        {
            sink.Triple(new Triple(subject, predicate, ParseObject()));
            while (_token.Kind == TurtleTokenKind.Comma)
            {
                Advance();
                sink.Triple(new Triple(subject, predicate, ParseObject()));
            }
        }

        // object ::= iri | BlankNode | collection | blankNodePropertyList | literal
        private Term ParseObject()
        {
            var token = _token;
            switch (token.Kind)
            {
                case TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName: return ParseIri();
                case TurtleTokenKind.BlankNodeLabel: Advance(); return _blankNodes.ForLabel(token.Value);
                case TurtleTokenKind.OpenParen: return ParseCollection();
                case TurtleTokenKind.OpenBracket:
                    Advance();
                    if (_token.Kind == TurtleTokenKind.CloseBracket) { Advance(); return _blankNodes.Fresh(); }
                    return ParseBlankNodePropertyListBody(token);
                case TurtleTokenKind.String: return ParseRdfLiteral();
                case TurtleTokenKind.Integer: Advance(); return new Literal(token.Value, Xsd.Integer);
                case TurtleTokenKind.Decimal: Advance(); return new Literal(token.Value, Xsd.Decimal);
                case TurtleTokenKind.Double: Advance(); return new Literal(token.Value, Xsd.Double);
                case TurtleTokenKind.Word when token.Value is "true" or "false": Advance(); return new Literal(token.Value, Xsd.Boolean);
                default: throw Error($"Expected an object but found {token.Describe()}", token);
            }
        }

        // blankNodePropertyList ::= '[' predicateObjectList ']'   (called after '[')
        private BlankNode ParseBlankNodePropertyListBody(TurtleToken open)
        {
            Enter(open);
            var node = _blankNodes.Fresh();
            ParsePredicateObjectList(node);
            Expect(TurtleTokenKind.CloseBracket, "']' to close the blank node");
            _depth--;
            return node;
        }

        // collection ::= '(' object* ')'
        private Term ParseCollection()
        {
            var open = _token;
            Enter(open);
            Advance();
            Term head = Model.Rdf.Nil;
            BlankNode? last = null;
            while (_token.Kind != TurtleTokenKind.CloseParen)
            {
                if (_token.Kind == TurtleTokenKind.EndOfInput) throw Error("Unterminated collection", open);
                var cell = _blankNodes.Fresh();
                if (last is null) head = cell;
                else sink.Triple(new Triple(last, Model.Rdf.Rest, cell));
                sink.Triple(new Triple(cell, Model.Rdf.First, ParseObject()));
                last = cell;
            }
            Advance();
            if (last is not null) sink.Triple(new Triple(last, Model.Rdf.Rest, Model.Rdf.Nil));
            _depth--;
            return head;
        }

        // RDFLiteral ::= String (LANGTAG | '^^' iri)?
        private Literal ParseRdfLiteral()
        {
            var value = _token.Value;
            Advance();
            if (_token.Kind == TurtleTokenKind.AtWord)
            {
                var tag = _token;
                if (!RdfChars.IsValidLanguageTag(tag.Value)) throw Error($"Invalid language tag '@{tag.Value}'", tag);
                Advance();
                return new Literal(value, null, tag.Value);
            }
            if (_token.Kind == TurtleTokenKind.DoubleCaret)
            {
                Advance();
                if (_token.Kind is not (TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName))
                    throw Error($"Expected a datatype IRI but found {_token.Describe()}", _token);
                return new Literal(value, ParseIri());
            }
            return new Literal(value);
        }

        // iri ::= IRIREF | PrefixedName
        private Iri ParseIri()
        {
            var token = _token;
            Advance();
            if (token.Kind == TurtleTokenKind.IriRef) return new Iri(Resolve(token.Value));
            if (!_prefixes.TryGetValue(token.Prefix!, out var ns)) throw Error($"Undefined prefix '{token.Prefix}:'", token);
            return new Iri(ns + token.Value);
        }

        private string Resolve(string iri) => _base is null ? iri : IriResolver.Resolve(_base, iri);

        private void Enter(TurtleToken at)
        {
            if (++_depth > options.MaxNestingDepth) throw Error($"Nesting deeper than {options.MaxNestingDepth} levels", at);
        }

        private void Advance() => _token = lexer.Next();

        private void Expect(TurtleTokenKind kind, string what)
        {
            if (_token.Kind != kind) throw Error($"Expected {what} but found {_token.Describe()}", _token);
            Advance();
        }

        private static RdfParseException Error(string message, TurtleToken at) => new(message, at.Line, at.Column);
    }
}
