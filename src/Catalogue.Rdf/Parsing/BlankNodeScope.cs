using Catalogue.Rdf.Model;

namespace Catalogue.Rdf.Parsing;

/// <summary>
/// Document-scoped blank node allocation. Labels written in the document and anonymous nodes (<c>[]</c>,
/// collections) are all renamed to <c>b0</c>, <c>b1</c>…, so an anonymous node can never collide with a label
/// the document happens to use. Each parse starts a new scope: labels are only meaningful within one document.
/// </summary>
internal sealed class BlankNodeScope
{
    private readonly Dictionary<string, BlankNode> _labelled = new(StringComparer.Ordinal);
    private int _next;

    public BlankNode Fresh() => new("b" + _next++.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public BlankNode ForLabel(string label)
    {
        if (!_labelled.TryGetValue(label, out var node)) _labelled[label] = node = Fresh();
        return node;
    }
}
