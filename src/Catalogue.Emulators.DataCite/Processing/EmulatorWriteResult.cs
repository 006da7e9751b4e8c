using System.Text.Json.Nodes;

namespace Catalogue.Emulators.DataCite;

/// <summary>The outcome of a write: the HTTP status, and either the stored DOI or DataCite's error list.</summary>
public sealed record EmulatorWriteResult(int Status, JsonArray? Errors)
{
    internal StoredDoi? Stored { get; init; }

    public bool IsSuccess => Status is >= 200 and < 300;

    internal static EmulatorWriteResult Ok(int status, StoredDoi stored) => new(status, null) { Stored = stored };

    internal static EmulatorWriteResult Invalid(JsonArray errors) => new(422, errors);

    internal static EmulatorWriteResult Error(int status, string title) =>
        new(status, [new JsonObject { ["status"] = status.ToString(), ["title"] = title }]);

    internal static EmulatorWriteResult NotFound() => Error(404, "The resource you are looking for doesn't exist.");

    internal static EmulatorWriteResult Forbidden() => Error(403, "You are not authorized to access this resource.");
}
