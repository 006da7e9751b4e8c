using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Catalogue.Sync.DataCite.Metadata;

/// <summary>One XSD violation: where (an XPath-like location with positions) and what.</summary>
public sealed record XsdValidationError(string Location, string Message, int Line, int Column);

/// <summary>
/// Validates DataCite XML against a kernel-4.x <c>metadata.xsd</c> loaded at runtime from a directory
/// (the XSDs are reference material kept outside the repository). Thread-safe once constructed.
/// </summary>
public sealed class DataCiteXsdValidator
{
    private readonly XmlSchemaSet _schemas;

    /// <param name="schemaDirectory">Directory holding <c>metadata.xsd</c> and its <c>include/</c> folder.</param>
    public DataCiteXsdValidator(string schemaDirectory)
    {
        string path = Path.Combine(schemaDirectory, "metadata.xsd");
        if (!File.Exists(path)) throw new FileNotFoundException($"DataCite schema not found: {path}", path);
        _schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        _schemas.Add(DataCiteXmlWriter.Namespace, path);
        _schemas.Compile();
    }

    public IReadOnlyList<XsdValidationError> Validate(DataCiteMetadata metadata) => Validate(DataCiteXmlWriter.Write(metadata));

    public IReadOnlyList<XsdValidationError> Validate(string xml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return [new XsdValidationError("/", e.Message, e.LineNumber, e.LinePosition)];
        }

        var errors = new List<XsdValidationError>();
        document.Validate(_schemas, (sender, args) =>
        {
            int line = args.Exception?.LineNumber ?? 0, column = args.Exception?.LinePosition ?? 0;
            errors.Add(new XsdValidationError(LocationOf(sender), args.Message, line, column));
        }, addSchemaInfo: false);
        return errors;
    }

    /// <summary>e.g. <c>/resource/creators[1]/creator[2]/creatorName[1]/@nameType</c>.</summary>
    private static string LocationOf(object? node) => node switch
    {
        XAttribute a => $"{LocationOf(a.Parent)}/@{a.Name.LocalName}",
        XElement e when e.Parent is null => "/" + e.Name.LocalName,
        XElement e => $"{LocationOf(e.Parent)}/{e.Name.LocalName}[{e.ElementsBeforeSelf(e.Name).Count() + 1}]",
        _ => "/",
    };
}
