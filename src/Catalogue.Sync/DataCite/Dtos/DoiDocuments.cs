using System.Text.Json.Nodes;

namespace Catalogue.Sync.DataCite.Dtos;

/// <summary>A JSON:API <c>dois</c> resource object.</summary>
public sealed record DoiResource
{
    public string? Id { get; init; }
    public string Type { get; init; } = "dois";
    public DoiAttributes Attributes { get; init; } = new();
    /// <summary>Kept raw: only <c>client</c> matters to us, and its type varies (clients/repositories).</summary>
    public JsonObject? Relationships { get; init; }
}

/// <summary>A single-resource document: request body of POST/PUT/PATCH and response of GET/POST/PUT.</summary>
public sealed record DoiDocument
{
    public DoiResource Data { get; init; } = new();
    public JsonArray? Included { get; init; }
}

/// <summary>Answer of <c>POST /dois/validate</c>: the would-be DOI, or DataCite's errors (status 200 either way).</summary>
public sealed record DoiValidationDocument
{
    public DoiResource? Data { get; init; }
    public IReadOnlyList<DataCiteError>? Errors { get; init; }
    public bool IsValid => Errors is not { Count: > 0 } && Data is not null;
}

/// <summary>A collection document of <c>GET /dois</c>.</summary>
public sealed record DoiListDocument
{
    public IReadOnlyList<DoiResource> Data { get; init; } = [];
    public DoiListMeta? Meta { get; init; }
    public DoiListLinks? Links { get; init; }
}

/// <summary>Paging information; facets (<c>states</c>, <c>prefixes</c>…) are ignored.</summary>
public sealed record DoiListMeta
{
    public int Total { get; init; }
    public int TotalPages { get; init; }
    /// <summary>Absent with cursor pagination.</summary>
    public int? Page { get; init; }
}

public sealed record DoiListLinks
{
    public string? Self { get; init; }
    /// <summary>Absent on the last page: follow it until it disappears.</summary>
    public string? Next { get; init; }
}

/// <summary>Response of <c>GET /dois/random</c>.</summary>
public sealed record RandomDoisResponse
{
    public IReadOnlyList<string> Dois { get; init; } = [];
}

/// <summary>Any JSON:API document whose resources we read generically (prefixes, client-prefixes, activities).</summary>
public sealed record JsonApiListDocument
{
    public IReadOnlyList<JsonApiResource> Data { get; init; } = [];
    public JsonObject? Meta { get; init; }
    public DoiListLinks? Links { get; init; }
}

public sealed record JsonApiSingleDocument
{
    public JsonApiResource? Data { get; init; }
}

public sealed record JsonApiResource
{
    public string? Id { get; init; }
    public string? Type { get; init; }
    public JsonObject? Attributes { get; init; }
    public JsonObject? Relationships { get; init; }
}

/// <summary>DataCite's error envelope <c>{"errors":[…]}</c> (CONTRACT.md §6).</summary>
public sealed record DataCiteErrorEnvelope
{
    public IReadOnlyList<DataCiteError> Errors { get; init; } = [];
}

/// <summary>
/// One error: validation errors carry <c>source</c> (attribute or XML element name), <c>title</c> and
/// sometimes <c>uid</c>; exception errors carry <c>status</c> (a string) and <c>title</c>.
/// </summary>
public sealed record DataCiteError
{
    public string? Source { get; init; }
    public string? Title { get; init; }
    public string? Uid { get; init; }
    public string? Status { get; init; }
}
