using Catalogue.Rdf.Model;

namespace Catalogue.Rdf.Parsing;

/// <summary>
/// The grammar shared by N-Triples and N-Quads: one statement per line, absolute IRIs only, no prefixes.
/// Reads <c>subject predicate object graph? '.'</c> statements from a line-mode lexer.
/// </summary>
internal sealed class LineStatementReader(TextReader reader, bool allowGraph)
{
    private readonly TurtleLexer _lexer = new(reader, lineMode: true);
    private readonly BlankNodeScope _blankNodes = new();
    private TurtleToken _token;
    private bool _started;

    /// <summary>Reads the next statement; false at the end of input.</summary>
    public bool TryRead(out Quad quad)
    {
        if (!_started) { _token = _lexer.Next(); _started = true; }
        quad = null!;
        if (_token.Kind == TurtleTokenKind.EndOfInput) return false;
        var line = _token.Line;
        var subject = ReadSubjectOrGraph("subject", line);
        var predicate = ReadIri("predicate", line);
        var obj = ReadObject(line);
        Term? graph = null;
        if (allowGraph && _token.Kind is TurtleTokenKind.IriRef or TurtleTokenKind.BlankNodeLabel)
            graph = ReadSubjectOrGraph("graph label", line);
        if (_token.Kind != TurtleTokenKind.Dot) throw Error($"Expected '.' at the end of the statement but found {_token.Describe()}", _token);
        _token = _lexer.Next();
        if (_token.Kind != TurtleTokenKind.EndOfInput && _token.Line == line)
            throw Error("Only one statement is allowed per line", _token);
        quad = new Quad(subject, predicate, obj, graph);
        return true;
    }

    private Term ReadSubjectOrGraph(string role, int line)
    {
        var token = _token;
        if (token.Kind == TurtleTokenKind.BlankNodeLabel) { Advance(line); return _blankNodes.ForLabel(token.Value); }
        if (token.Kind == TurtleTokenKind.IriRef) return ReadIri(role, line);
        throw Error($"Expected an IRI or blank node as {role} but found {token.Describe()}", token);
    }

    private Iri ReadIri(string role, int line)
    {
        var token = _token;
        if (token.Kind != TurtleTokenKind.IriRef) throw Error($"Expected an IRI as {role} but found {token.Describe()}", token);
        if (!IriResolver.HasScheme(token.Value)) throw Error($"Relative IRI <{token.Value}> is not allowed", token);
        Advance(line);
        return new Iri(token.Value);
    }

    private Term ReadObject(int line)
    {
        var token = _token;
        if (token.Kind != TurtleTokenKind.String) return ReadSubjectOrGraph("object", line);
        Advance(line);
        if (_token.Kind == TurtleTokenKind.AtWord)
        {
            var tag = _token;
            if (!RdfChars.IsValidLanguageTag(tag.Value)) throw Error($"Invalid language tag '@{tag.Value}'", tag);
            Advance(line);
            return new Literal(token.Value, null, tag.Value);
        }
        if (_token.Kind == TurtleTokenKind.DoubleCaret)
        {
            Advance(line);
            return new Literal(token.Value, ReadIri("datatype", line));
        }
        return new Literal(token.Value);
    }

    // Every token of a statement must be on the statement's line (N-Triples allows only spaces and tabs inside).
    private void Advance(int line)
    {
        _token = _lexer.Next();
        if (_token.Kind != TurtleTokenKind.EndOfInput && _token.Line != line)
            throw Error("A statement must end on the line where it starts", _token);
    }

    private static RdfParseException Error(string message, TurtleToken at) => new(message, at.Line, at.Column);
}
