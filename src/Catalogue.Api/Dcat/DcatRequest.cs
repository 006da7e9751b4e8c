using Catalogue.Domain.Mappings.Dcat;

namespace Catalogue.Api.Dcat;

/// <summary>Per-request facts the feeds need: public base URL and the representation asked for by suffix or Accept.</summary>
public static class DcatRequest
{
    /// <summary>The configured public base URL (Dcat:BaseUrl), else the one the request came in on.</summary>
    public static DcatLinks Links(HttpContext http)
    {
        var configured = http.RequestServices.GetRequiredService<IConfiguration>()["Dcat:BaseUrl"];
        return new DcatLinks(string.IsNullOrWhiteSpace(configured) ? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}" : configured);
    }

    /// <summary>Splits "name.ttl" into ("name", Turtle); a name without a known suffix keeps it and has no syntax.</summary>
    public static (string Name, RdfSyntax? Syntax) Suffix(string segment)
    {
        var dot = segment.LastIndexOf('.');
        if (dot > 0 && RdfSyntax.FromExtension(segment[(dot + 1)..]) is { } syntax) return (segment[..dot], syntax);
        return (segment, null);
    }

    /// <summary>The negotiated syntax, or null when the Accept header names nothing we serve (406).</summary>
    public static string? Negotiate(HttpContext http, bool offerHtml)
    {
        var offered = RdfSyntax.All.Select(s => s.MediaType).ToList();
        if (offerHtml) offered.Add(RdfNegotiation.Html);
        return RdfNegotiation.Choose(http.Request.Headers.Accept.ToString(), offered);
    }

    public static IResult NotAcceptable(bool offerHtml) => Results.Problem(statusCode: StatusCodes.Status406NotAcceptable, title: "Not acceptable",
        detail: "This resource is available as " + string.Join(", ", RdfSyntax.All.Select(s => s.MediaType)) + (offerHtml ? ", text/html" : "") + ".");
}
