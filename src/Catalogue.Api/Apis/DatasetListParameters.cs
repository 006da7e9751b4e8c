using Catalogue.Api.Services;
using Catalogue.Domain.Model;
using Catalogue.Domain.Vocabularies;
using Microsoft.AspNetCore.Mvc;

namespace Catalogue.Api.Apis;

/// <summary>Query string of GET /api/v1/datasets. Lists take repeated parameters or commas; every code is checked.</summary>
public sealed class DatasetListParameters
{
    [FromQuery(Name = "q")] public string? Q { get; set; }
    [FromQuery(Name = "keyword")] public string[]? Keyword { get; set; }
    [FromQuery(Name = "theme")] public string[]? Theme { get; set; }
    [FromQuery(Name = "healthCategory")] public string[]? HealthCategory { get; set; }
    [FromQuery(Name = "healthTheme")] public string[]? HealthTheme { get; set; }
    [FromQuery(Name = "licence")] public string[]? Licence { get; set; }
    [FromQuery(Name = "format")] public string[]? Format { get; set; }
    [FromQuery(Name = "codingSystem")] public string[]? CodingSystem { get; set; }
    [FromQuery(Name = "variable")] public string[]? Variable { get; set; }
    [FromQuery(Name = "year")] public string[]? Year { get; set; }
    [FromQuery(Name = "publisher")] public string[]? Publisher { get; set; }
    [FromQuery(Name = "accessRights")] public string[]? AccessRights { get; set; }
    [FromQuery(Name = "status")] public string[]? Status { get; set; }
    [FromQuery(Name = "modifiedSince")] public string? ModifiedSince { get; set; }
    [FromQuery(Name = "sort")] public string? Sort { get; set; }
    [FromQuery(Name = "limit")] public string? Limit { get; set; }
    [FromQuery(Name = "after")] public string? After { get; set; }
    [FromQuery(Name = "count")] public bool? Count { get; set; }
    /// <summary>"summary" (default): the compact listing representation; "full": whole records.</summary>
    [FromQuery(Name = "view")] public string? View { get; set; }

    /// <summary>True for <c>view=full</c>, false for the default summary; a problem naming <c>view</c> otherwise.</summary>
    public bool FullView() => View switch
    {
        null or "" or "summary" => false,
        "full" => true,
        _ => throw new BadRequestException("view", "view is summary (the default) or full."),
    };

    public DatasetQuery ToQuery()
    {
        var limit = 20;
        if (Limit is not null && (!int.TryParse(Limit, out limit) || limit < 1 || limit > DatasetQuery.MaxLimit))
            throw new BadRequestException("limit", $"limit is a whole number from 1 to {DatasetQuery.MaxLimit}.");
        DateTimeOffset? since = null;
        if (ModifiedSince is not null)
            since = DateTimeOffset.TryParse(ModifiedSince, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var s)
                ? s : throw new BadRequestException("modifiedSince", "modifiedSince is an ISO 8601 date or date-time.");
        return new DatasetQuery
        {
            Text = Q,
            Keywords = Split(Keyword),
            Themes = Codes(Theme, "theme", Vocabularies.DataTheme),
            HealthCategories = Codes(HealthCategory, "healthCategory", Vocabularies.Healthcategories),
            HealthThemes = Codes(HealthTheme, "healthTheme", Vocabularies.HealthTheme),
            Licences = Split(Licence).Select(l => LicenceTable.Find(l)?.SpdxId ?? throw new BadRequestException("licence", $"'{l}' is not a licence the catalogue knows.")).ToList(),
            Formats = Split(Format).Select(f => FormatTable.Find(f.ToUpperInvariant())?.Code ?? throw new BadRequestException("format", $"'{f}' is not a known file type.")).ToList(),
            CodingSystems = Codes(CodingSystem, "codingSystem", Vocabularies.CodingSystem),
            VariableNames = Split(Variable),
            Years = Split(Year).Select(y => int.TryParse(y, out var n) && n is > 1000 and < 3000 ? y : throw new BadRequestException("year", $"'{y}' is not a year.")).ToList(),
            Publishers = Split(Publisher).Select(p => Guid.TryParse(p, out var g) ? g : throw new BadRequestException("publisher", $"'{p}' is not an organisation id.")).ToList(),
            AccessRights = Split(AccessRights).Select(a => AccessLevelCodes.FromCode(a.ToUpperInvariant()) ?? throw new BadRequestException("accessRights", $"'{a}' is not PUBLIC, RESTRICTED or NON_PUBLIC.")).ToList(),
            Statuses = Split(Status).Select(s => Enum.TryParse<RecordStatus>(s, true, out var st) ? st : throw new BadRequestException("status", $"'{s}' is not draft, inReview, published or withdrawn.")).ToList(),
            ModifiedSince = since,
            Sort = ParseSort(Sort),
            Limit = limit,
            After = After,
            IncludeTotal = Count == true,
        };
    }

    public static DatasetSort ParseSort(string? sort) => sort switch
    {
        null or "" or "-modified" => DatasetSort.ModifiedDesc,
        "modified" => DatasetSort.ModifiedAsc,
        "title" => DatasetSort.TitleAsc,
        "-title" => DatasetSort.TitleDesc,
        "issued" => DatasetSort.IssuedAsc,
        "-issued" => DatasetSort.IssuedDesc,
        "quality" => DatasetSort.QualityAsc,
        "-quality" => DatasetSort.QualityDesc,
        _ => throw new BadRequestException("sort", "sort is one of title, issued, modified, quality, each optionally prefixed by '-' for descending."),
    };

    private static List<string> Split(string[]? values) =>
        values is null ? new() : values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();

    private static List<string> Codes(string[]? values, string name, Vocabulary vocabulary) =>
        Split(values).Select(v => vocabulary.Contains(v) ? v : throw new BadRequestException(name, $"'{v}' is not a code of the {vocabulary.Name} vocabulary.")).ToList();
}
