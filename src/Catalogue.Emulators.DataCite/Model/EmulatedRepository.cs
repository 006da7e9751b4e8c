using System.Text.Json.Nodes;

namespace Catalogue.Emulators.DataCite;

/// <summary>A DataCite repository (lupo "client") account.</summary>
public sealed class EmulatedRepository
{
    /// <summary>e.g. <c>hdh.catalog</c>; stored lower-case, matched case-insensitively.</summary>
    public required string Id { get; init; }
    public required string Password { get; init; }
    public List<EmulatedPrefix> Prefixes { get; init; } = [];
    /// <summary><c>*</c>, a comma list of hosts, or <c>*.example.org</c> host suffixes; enforced outside draft.</summary>
    public string Domains { get; init; } = "*";
    public bool IsActive { get; init; } = true;
    public string ProviderId { get; init; } = "hdh";
    public string Name { get; init; } = "Emulated repository";
    /// <summary>Attributes rendered for <c>include=client</c> and <c>/repositories/{id}</c>; generated when null.</summary>
    public JsonObject? Attributes { get; set; }
    /// <summary>Relationships rendered with <see cref="Attributes"/>; generated when null.</summary>
    public JsonObject? Relationships { get; set; }
}

/// <summary>A prefix assigned to a repository, with the ids lupo gives its join records.</summary>
public sealed class EmulatedPrefix
{
    public required string Prefix { get; init; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UnixEpoch;
    public string ClientPrefixId { get; init; } = Guid.NewGuid().ToString();
    public DateTimeOffset ClientPrefixCreatedAt { get; init; } = DateTimeOffset.UnixEpoch;
    public string ProviderPrefixId { get; init; } = Guid.NewGuid().ToString();
}
