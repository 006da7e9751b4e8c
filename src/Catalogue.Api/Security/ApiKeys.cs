using System.Security.Cryptography;
using System.Text;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Security;

/// <summary>A key as shown once at creation. The secret is never stored nor shown again.</summary>
public sealed record IssuedApiKey(Guid Id, string Name, string Role, IReadOnlyList<Guid> Organizations, string Key);

/// <summary>
/// API keys: <c>ck_{prefix}_{secret}</c>. The prefix finds the row, the SHA-256 of the whole key is compared
/// in constant time. Keys are revocable; revoked keys authenticate nobody.
/// </summary>
public static class ApiKeys
{
    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool TryParsePrefix(string key, out string prefix)
    {
        prefix = "";
        var parts = key.Split('_');
        if (parts.Length != 3 || parts[0] != "ck" || parts[1].Length != 12 || parts[2].Length < 20) return false;
        prefix = parts[1];
        return true;
    }

    public static async Task<IssuedApiKey> CreateAsync(CatalogueDbContext db, string name, string role, IReadOnlyList<Guid> orgs, CancellationToken ct, string? fixedKey = null)
    {
        if (role is not (Roles.Admin or Roles.Editor)) throw new ArgumentException($"Unknown role '{role}' (admin or editor).", nameof(role));
        if (role == Roles.Editor && orgs.Count == 0) throw new ArgumentException("An editor key needs at least one organisation.", nameof(orgs));
        var key = fixedKey ?? $"ck_{Random(12)}_{Random(32)}";
        if (!TryParsePrefix(key, out var prefix)) throw new ArgumentException("A key looks like ck_<12 characters>_<at least 20 characters>.", nameof(fixedKey));
        var entity = new ApiKeyEntity
        {
            Id = Guid.NewGuid(), Name = name, Prefix = prefix, Hash = Hash(key), Role = role,
            Organizations = string.Join(',', orgs), CreatedAt = DateTime.UtcNow,
        };
        db.ApiKeys.Add(entity);
        await db.SaveChangesAsync(ct);
        return new IssuedApiKey(entity.Id, name, role, orgs, key);
    }

    /// <summary>Ensures the bootstrap admin key from the environment exists (idempotent across restarts).</summary>
    public static async Task EnsureBootstrapAsync(CatalogueDbContext db, string key, CancellationToken ct)
    {
        if (!TryParsePrefix(key, out var prefix))
            throw new InvalidOperationException("CATALOGUE_BOOTSTRAP_ADMIN_KEY must look like ck_<12 characters>_<at least 20 characters>.");
        var existing = await db.ApiKeys.FirstOrDefaultAsync(k => k.Prefix == prefix, ct);
        if (existing is null) await CreateAsync(db, "bootstrap admin", Roles.Admin, Array.Empty<Guid>(), ct, key);
        else if (existing.Hash != Hash(key)) throw new InvalidOperationException("CATALOGUE_BOOTSTRAP_ADMIN_KEY collides with another key's prefix.");
    }

    private static string Random(int length)
    {
        const string alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, length);
    }
}
