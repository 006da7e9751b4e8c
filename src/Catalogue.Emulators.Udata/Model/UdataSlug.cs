using System.Globalization;
using System.Text;

namespace Catalogue.Emulators.Udata;

/// <summary>Title slugs as udata's SlugField makes them: transliterated, lower-case, dash-separated, ≤255.</summary>
public static class UdataSlug
{
    public static string From(string text)
    {
        string slug = Catalogue.Sync.Udata.UdataTags.Normalize(text);
        if (slug.Length > 255) slug = slug[..255].TrimEnd('-');
        return slug.Length == 0 ? "dataset" : slug;
    }
}
