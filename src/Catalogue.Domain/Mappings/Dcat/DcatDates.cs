using System.Globalization;

namespace Catalogue.Domain.Mappings.Dcat;

/// <summary>
/// Lenient date reading for harvested feeds: xsd:date, xsd:dateTime (with or without zone), gYear, gYearMonth,
/// and the odd forms portals write ("2019-03-05 10:00:00", "05/03/2019", "2019-3-5"). Unreadable dates give null,
/// and the caller records a warning: a bad date never fails an import.
/// </summary>
public static class DcatDates
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "yyyy-MM", "yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyy/MM/dd", "yyyyMMdd",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm",
    ];

    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto) && s.Length > 10 && s.Contains('T'))
            return DateOnly.FromDateTime(dto.UtcDateTime);
        // A date with a zone ("2019-03-05Z", "2019-03-05+02:00") is still that calendar day.
        if (s.Length > 10 && char.IsDigit(s[0]) && s[10] is 'Z' or '+' or '-') s = s[..10];
        return System.DateTime.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? DateOnly.FromDateTime(d) : null;
    }
}
