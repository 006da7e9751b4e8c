using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Catalogue.Domain.Model;

namespace Catalogue.Api.Dcat;

/// <summary>
/// What a browser gets at a dataset's IRI: a plain page with the essentials, links to the RDF representations, and the
/// schema.org JSON-LD block. Every text is HTML-encoded, and the JSON block is written with an encoder that escapes
/// "&lt;", so no record text can close the script element.
/// </summary>
public static class DatasetLandingPage
{
    private static readonly JsonSerializerOptions ScriptSafe = new() { Encoder = JavaScriptEncoder.Default, WriteIndented = true };

    public static string Render(DatasetRecord r, Organization? publisher, string datasetUrl)
    {
        var h = HtmlEncoder.Default;
        var lang = r.Title.ContainsKey("fr") ? "fr" : r.Title.Keys.FirstOrDefault() ?? "fr";
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(h.Encode(lang)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(h.Encode(r.Title.Get(lang) ?? r.Identifier)).Append("</title>\n");
        foreach (var s in RdfSyntax.All)
            sb.Append("<link rel=\"alternate\" type=\"").Append(s.MediaType).Append("\" href=\"").Append(h.Encode(datasetUrl + "." + s.Extension)).Append("\">\n");
        sb.Append("<script type=\"application/ld+json\">\n")
            .Append(JsonSerializer.Serialize(SchemaOrgDataset.Build(r, publisher, datasetUrl), ScriptSafe))
            .Append("\n</script>\n</head>\n<body>\n<main>\n<h1>").Append(h.Encode(r.Title.Get(lang) ?? r.Identifier)).Append("</h1>\n");
        if (publisher is not null) sb.Append("<p>").Append(h.Encode(publisher.Name)).Append("</p>\n");
        foreach (var paragraph in (r.Description.Get(lang) ?? "").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            sb.Append("<p>").Append(h.Encode(paragraph)).Append("</p>\n");
        sb.Append("<ul>\n");
        foreach (var d in r.Distributions)
            sb.Append("<li><a href=\"").Append(h.Encode(d.DownloadUrl ?? d.AccessUrl)).Append("\">").Append(h.Encode(d.Title.Get(lang) ?? d.AccessUrl)).Append("</a></li>\n");
        sb.Append("</ul>\n<p>");
        foreach (var s in RdfSyntax.All)
            sb.Append("<a href=\"").Append(h.Encode(datasetUrl + "." + s.Extension)).Append("\">").Append(s.Name).Append("</a> ");
        sb.Append("</p>\n</main>\n</body>\n</html>\n");
        return sb.ToString();
    }
}
