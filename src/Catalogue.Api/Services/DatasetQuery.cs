using System.Text;
using System.Text.Json;

namespace Catalogue.Api.Services;

/// <summary>Filters, order and page of a dataset listing, shared by REST and GraphQL.</summary>
public sealed record DatasetQuery
{
    public string? Text { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> HealthCategories { get; init; } = [];
    public IReadOnlyList<string> HealthThemes { get; init; } = [];
    public IReadOnlyList<string> Licences { get; init; } = [];
    public IReadOnlyList<string> Formats { get; init; } = [];
    public IReadOnlyList<string> CodingSystems { get; init; } = [];
    public IReadOnlyList<string> Years { get; init; } = [];
    public IReadOnlyList<string> VariableNames { get; init; } = [];
    public IReadOnlyList<Guid> Publishers { get; init; } = [];
    public IReadOnlyList<Domain.Model.AccessLevel> AccessRights { get; init; } = [];
    public IReadOnlyList<Domain.Model.RecordStatus> Statuses { get; init; } = [];
    public DateTimeOffset? ModifiedSince { get; init; }
    public DatasetSort Sort { get; init; } = DatasetSort.ModifiedDesc;
    public int Limit { get; init; } = 20;
    public string? After { get; init; }
    public bool IncludeTotal { get; init; }

    public const int MaxLimit = 100;
}

public enum DatasetSort { ModifiedDesc, ModifiedAsc, TitleAsc, TitleDesc, IssuedDesc, IssuedAsc, QualityDesc, QualityAsc }

/// <summary>
/// An opaque cursor: the sort value and id of the last row served. Keyset pagination keeps the order stable
/// while records are added or edited, and costs the same on page 1 and page 1,000.
/// </summary>
public sealed record Cursor(DatasetSort Sort, string? Value, long Key)
{
    public string Encode() => Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new object?[] { (int)Sort, Value, Key })))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static Cursor Decode(string text)
    {
        try
        {
            var b64 = text.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
            var parts = JsonSerializer.Deserialize<JsonElement[]>(Convert.FromBase64String(b64))!;
            return new Cursor((DatasetSort)parts[0].GetInt32(), parts[1].ValueKind == JsonValueKind.Null ? null : parts[1].GetString(), parts[2].GetInt64());
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or IndexOutOfRangeException or NullReferenceException)
        {
            throw new BadRequestException("after", "The cursor is not one this server issued.");
        }
    }
}

/// <summary>A stored record: its JSON as kept (served as is by REST) and the record, parsed on first use.</summary>
public sealed class StoredRecord(string? json, int? revision = null, byte[]? utf8 = null)
{
    private Domain.Model.DatasetRecord? _record;
    private string? _json = json;

    /// <summary>A record read as the UTF-8 bytes the database keeps (decoded only if someone asks for <see cref="Json"/>).</summary>
    public static StoredRecord FromUtf8(byte[] utf8, int revision) => new(null, revision, utf8);

    public string Json => _json ??= System.Text.Encoding.UTF8.GetString(utf8!);
    /// <summary>The stored UTF-8 bytes when the record was read as such, else null.</summary>
    public byte[]? Utf8 => utf8;
    public Domain.Model.DatasetRecord Record => _record ??= Domain.Model.RecordJson.Deserialize(Json);
    /// <summary>The revision from its column when known, so serving the JSON as is needs no parse for the ETag.</summary>
    public int Revision => revision ?? Record.Revision;
}

public sealed record DatasetPage(IReadOnlyList<StoredRecord> Items, string? NextCursor, int? Total);

/// <summary>A page of listing summaries, each the stored UTF-8 JSON of <see cref="DatasetSummary"/>.</summary>
public sealed record SummaryPage(IReadOnlyList<byte[]> Items, string? NextCursor, int? Total);
