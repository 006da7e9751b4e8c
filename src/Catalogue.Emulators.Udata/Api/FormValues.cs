using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Catalogue.Emulators.Udata;

/// <summary>Parsing helpers shared by the dataset and resource forms.</summary>
internal static class FormValues
{
    public static bool IsNullOrEmpty(JsonNode? node) =>
        node is null || (node is JsonValue v && v.TryGetValue(out string? s) && string.IsNullOrWhiteSpace(s));

    public static string? AsString(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out string? s) => s,
        JsonValue v => v.ToJsonString(),
        _ => node.ToJsonString(),
    };

    /// <summary>Optional text with a maximum length; true when the value can be stored.</summary>
    public static bool TryText(JsonObject body, string field, int max, FormErrors errors, out string? value)
    {
        value = AsString(body[field]);
        if (value is not null && value.Length > max)
        {
            errors.Add(field, FormErrors.TooLong(max));
            return false;
        }
        return true;
    }

    /// <summary>ISO datetime in, udata's rendering out; null stays null.</summary>
    public static bool TryDateTime(JsonObject body, string field, FormErrors errors, out string? value)
    {
        value = null;
        string? text = AsString(body[field]);
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed))
        {
            errors.Add(field, "Not a valid datetime value.");
            return false;
        }
        value = UdataTime.Format(parsed);
        return true;
    }

    public static bool TryDate(string? text, out string date)
    {
        date = "";
        if (text is null || !DateOnly.TryParse(text.Length >= 10 ? text[..10] : text, CultureInfo.InvariantCulture, out DateOnly parsed)) return false;
        date = parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return true;
    }

    public static bool TryBool(JsonNode? node, out bool value)
    {
        value = false;
        if (node is null) return true; // udata: "private": null means false
        if (node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            value = v.GetValue<bool>();
            return true;
        }
        if (AsString(node) is { } s && bool.TryParse(s, out value)) return true;
        return false;
    }

    public static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https" or "ftp";
}
