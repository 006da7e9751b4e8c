using System.Text;

namespace Catalogue.Api.GraphQL;

/// <summary>
/// Relay global ids: base64url of "Type:uuid". Opaque to clients, yet they name the type, so <c>node(id)</c>
/// knows which store to ask without trying each one.
/// </summary>
public static class GlobalId
{
    public const string Dataset = "Dataset", Organization = "Organization";

    /// <summary>
    /// Base64url without padding of "Type:uuid", built on the stack: a page of fifty datasets encodes a hundred ids,
    /// and the string is the only allocation.
    /// </summary>
    public static string Encode(string type, Guid id)
    {
        Span<byte> plain = stackalloc byte[128];
        if (type.Length > 64 || !System.Text.Unicode.Utf8.TryWrite(plain, $"{type}:{id}", out var written))
            return System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{type}:{id}"));
        return System.Buffers.Text.Base64Url.EncodeToString(plain[..written]);
    }

    public static (string Type, Guid Id)? Decode(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 200) return null;
        try
        {
            var b64 = text.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
            var plain = Encoding.UTF8.GetString(Convert.FromBase64String(b64));
            var colon = plain.IndexOf(':');
            return colon > 0 && Guid.TryParse(plain[(colon + 1)..], out var id) ? (plain[..colon], id) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Accepts a global id of <paramref name="type"/> or a bare UUID (what REST shows).</summary>
    public static Guid? ParseId(string? text, string type)
    {
        if (Guid.TryParse(text, out var raw)) return raw;
        return Decode(text) is { } d && d.Type == type ? d.Id : null;
    }
}
