namespace Catalogue.Emulators.Udata;

/// <summary>A data.gouv.fr account reached through its API key.</summary>
public sealed record EmulatorUser
{
    public required string Id { get; init; }
    public required string ApiKey { get; init; }
    public string FirstName { get; init; } = "Emulated";
    public string LastName { get; init; } = "User";
    public string Slug => UdataSlug.From($"{FirstName} {LastName}");
    public bool IsSysadmin { get; init; }

    /// <summary>Organisation id → role (<c>admin</c>, <c>editor</c> or <c>partial_editor</c>).</summary>
    public IReadOnlyDictionary<string, string> Memberships { get; init; } = new Dictionary<string, string>();

    /// <summary>Admins and editors edit every dataset of the organisation; partial editors only assigned ones (not emulated).</summary>
    public bool CanEditFor(string organizationId) =>
        IsSysadmin || (Memberships.TryGetValue(organizationId, out string? role) && role is "admin" or "editor");
}
