using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Catalogue.Api.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Security;

/// <summary>
/// Authenticates <c>X-Api-Key: …</c> or <c>Authorization: Bearer …</c>. No key means anonymous (read-only);
/// a wrong or revoked key is a 401, never a silent downgrade to anonymous. Validated keys are cached briefly
/// so a busy client does not cost a query per request; revocation takes effect within that window.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IMemoryCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public new const string Scheme = "ApiKey";
    private TimeSpan CacheFor => TimeSpan.FromSeconds(Context.RequestServices.GetRequiredService<IConfiguration>().GetValue("Security:KeyCacheSeconds", 10));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers["X-Api-Key"].FirstOrDefault();
        if (key is null && Request.Headers.Authorization.FirstOrDefault() is { } auth && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            key = auth["Bearer ".Length..].Trim();
        if (string.IsNullOrEmpty(key)) return AuthenticateResult.NoResult();
        if (!ApiKeys.TryParsePrefix(key, out var prefix)) return AuthenticateResult.Fail("Malformed API key.");

        var hash = ApiKeys.Hash(key);
        if (cache.TryGetValue("apikey:" + hash, out ClaimsPrincipal? cached) && cached is not null)
            return AuthenticateResult.Success(new AuthenticationTicket(cached, Scheme));

        // Resolved here, not injected: anonymous requests (most reads) then never rent a database context.
        var db = Context.RequestServices.GetRequiredService<CatalogueDbContext>();
        var row = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        if (row is null || row.RevokedAt is not null ||
            !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(row.Hash), Encoding.ASCII.GetBytes(hash)))
            return AuthenticateResult.Fail("Unknown or revoked API key.");

        var claims = new List<Claim> { new(ClaimTypes.Name, $"key:{row.Name}"), new(ClaimTypes.NameIdentifier, row.Id.ToString()), new(ClaimTypes.Role, row.Role) };
        claims.AddRange(row.Organizations.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(o => new Claim(Caller.OrganizationClaim, o)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
        if (CacheFor > TimeSpan.Zero) cache.Set("apikey:" + hash, principal, CacheFor);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\"";
        return base.HandleChallengeAsync(properties);
    }
}
