using System.Security.Cryptography;
using System.Text;

namespace Catalogue.Emulators.DataCite.Processing;

/// <summary>
/// lupo's suffix generator (<c>helpable.rb#encode_doi</c>, CONTRACT.md §2): a random number below 2^30-1 in
/// lower-case Crockford base32 padded to 6 digits, plus the base32-url gem's two-digit ISO 7064 checksum
/// (<c>98 - (n*100 mod 97)</c>), split <c>xxxx-xxxx</c>; number 122149076 ⇒ <c>3mfp-6m52</c>.
/// </summary>
internal static class RandomDoi
{
    private const long UpperLimit = 1_073_741_823;
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary><paramref name="prefix"/> may carry a shoulder: <c>10.x/abc</c> ⇒ <c>10.x/abc-xxxx-xxxx</c>.</summary>
    public static string Generate(string prefix, long? number = null)
    {
        long n = number ?? RandomNumberGenerator.GetInt32((int)UpperLimit);
        string suffix = Encode(n);
        return prefix.Contains('/') ? $"{prefix}-{suffix}" : $"{prefix}/{suffix}";
    }

    public static string Encode(long number)
    {
        var digits = new StringBuilder();
        for (long n = number; n > 0 || digits.Length == 0; n /= 32) digits.Insert(0, Alphabet[(int)(n % 32)]);
        string body = digits.ToString().PadLeft(6, '0');
        long checksum = 98 - number * 100 % 97;
        string all = body + checksum.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        return $"{all[..4]}-{all[4..]}";
    }
}
