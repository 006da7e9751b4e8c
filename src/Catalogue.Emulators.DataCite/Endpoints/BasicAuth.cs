using System.Text;
using Microsoft.AspNetCore.Http;

namespace Catalogue.Emulators.DataCite.Endpoints;

/// <summary>
/// lupo's Basic auth (CONTRACT.md §1): a username with a dot is a repository (case-insensitive); a wrong
/// password does not fail the request, it continues as anonymous.
/// </summary>
internal static class BasicAuth
{
    public static EmulatedRepository? Authenticate(HttpContext context, DataCiteEmulatorState state)
    {
        EmulatedRepository? repo = Find(context.Request.Headers.Authorization.ToString(), state);
        if (repo is null) context.Response.Headers["X-Anonymous-Consumer"] = "true";
        else context.Response.Headers["X-Credential-Username"] = repo.Id.ToLowerInvariant();
        return repo;
    }

    private static EmulatedRepository? Find(string header, DataCiteEmulatorState state)
    {
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)) return null;
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
        }
        catch (FormatException)
        {
            return null;
        }
        int colon = decoded.IndexOf(':');
        if (colon <= 0) return null;
        string user = decoded[..colon], password = decoded[(colon + 1)..];
        if (!user.Contains('.') || !state.Repositories.TryGetValue(user, out EmulatedRepository? repo)) return null;
        return string.Equals(repo.Password, password, StringComparison.Ordinal) ? repo : null;
    }
}
