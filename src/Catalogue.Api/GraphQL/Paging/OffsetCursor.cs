using System.Globalization;
using System.Text;

namespace Catalogue.Api.GraphQL.Paging;

/// <summary>
/// Connection cursors are positions in the filtered, ordered list: base64url of "offset:N". They are opaque
/// to clients; a cursor is meaningful with the same where/order/search it was issued for. Offsets (not
/// keysets) let one cursor scheme serve any combination of sort keys and both directions (after/before).
/// </summary>
public static class OffsetCursor
{
    private const string Prefix = "offset:";

    public static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static int Decode(string cursor, string argument)
    {
        try
        {
            var b64 = cursor.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(b64));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
                return offset;
        }
        catch (FormatException)
        {
        }
        throw GraphErrors.BadInput($"\"{cursor}\" is not a cursor this server issued.", argument);
    }
}
