using System.Security.Claims;

namespace Catalogue.Api.Security;

public static class Roles
{
    public const string Admin = "admin";
    public const string Editor = "editor";
}

/// <summary>
/// Who is asking, reduced to what access rules need: admin, the organisations an editor may act for, or
/// anonymous. Every read and write path takes one, so a rule cannot be forgotten on one of them.
/// </summary>
public sealed record Caller(string Name, bool IsAdmin, IReadOnlySet<Guid> Organizations)
{
    public static readonly Caller Anonymous = new("anonymous", false, new HashSet<Guid>());
    public static readonly Caller System = new("system", true, new HashSet<Guid>());

    public bool IsAuthenticated => IsAdmin || Organizations.Count > 0 || Name != "anonymous";
    public bool CanEdit(Guid organizationId) => IsAdmin || Organizations.Contains(organizationId);

    public const string OrganizationClaim = "catalogue:org";

    public static Caller From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return Anonymous;
        var orgs = user.FindAll(OrganizationClaim).Select(c => Guid.Parse(c.Value)).ToHashSet();
        return new Caller(user.Identity.Name ?? "key", user.IsInRole(Roles.Admin), orgs);
    }
}
