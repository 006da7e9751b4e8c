namespace Catalogue.GraphQL.Language;

/// <summary>A GraphQL document's text plus a name for error messages (graphql-js <c>Source</c>).</summary>
public sealed class Source
{
    public Source(string body, string name = "GraphQL request")
    {
        Body = body ?? throw new ArgumentNullException(nameof(body));
        Name = name;
    }

    public string Body { get; }
    public string Name { get; }

    /// <summary>1-based line and column of a character offset; lines end at \r\n, \n or \r (graphql-js <c>getLocation</c>).</summary>
    public SourceLocation GetLocation(int position)
    {
        var line = 1;
        var lineStart = 0;
        var end = Math.Min(position, Body.Length);
        for (var i = 0; i < end; i++)
        {
            var c = Body[i];
            if (c == '\r' && i + 1 < Body.Length && Body[i + 1] == '\n')
            {
                line++;
                lineStart = i + 2;
                i++;
            }
            else if (c == '\n' || c == '\r')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(line, position + 1 - lineStart);
    }
}
