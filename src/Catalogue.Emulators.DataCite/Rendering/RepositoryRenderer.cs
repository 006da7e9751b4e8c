using System.Text.Json.Nodes;
using Catalogue.Emulators.DataCite.Processing;

namespace Catalogue.Emulators.DataCite.Rendering;

/// <summary>Repositories (lupo "clients") and their prefixes, shaped like recordings 01, 07 and 09.</summary>
internal static class RepositoryRenderer
{
    public static JsonObject Resource(EmulatedRepository repo) => new()
    {
        ["id"] = repo.Id.ToLowerInvariant(),
        ["type"] = "clients",
        ["attributes"] = (JsonObject?)repo.Attributes?.DeepClone() ?? new JsonObject
        {
            ["name"] = repo.Name,
            ["symbol"] = repo.Id.ToUpperInvariant(),
            ["clientType"] = "repository",
            ["domains"] = repo.Domains,
            ["isActive"] = repo.IsActive,
            ["hasPassword"] = true,
        },
        ["relationships"] = (JsonObject?)repo.Relationships?.DeepClone() ?? new JsonObject
        {
            ["provider"] = DoiRenderer.Ref(repo.ProviderId, "providers"),
            ["prefixes"] = new JsonObject
            {
                ["data"] = new JsonArray(repo.Prefixes.Select(p => (JsonNode)new JsonObject { ["id"] = p.Prefix, ["type"] = "prefixes" }).ToArray()),
            },
        },
    };

    public static JsonObject Prefix(EmulatedPrefix prefix, IEnumerable<EmulatedRepository> owners) => new()
    {
        ["id"] = prefix.Prefix,
        ["type"] = "prefixes",
        ["attributes"] = new JsonObject { ["prefix"] = prefix.Prefix, ["createdAt"] = DoiWriter.Timestamp(prefix.CreatedAt) },
        ["relationships"] = new JsonObject
        {
            ["clients"] = List(owners.Select(o => (o.Id.ToLowerInvariant(), "clients"))),
            ["providers"] = List(owners.Select(o => (o.ProviderId, "providers")).Distinct()),
            ["clientPrefixes"] = List([(prefix.ClientPrefixId, "client-prefixes")]),
            ["providerPrefixes"] = List([(prefix.ProviderPrefixId, "provider-prefixes")]),
        },
    };

    /// <summary><paramref name="repositoryNaming"/>: the <c>/repository-prefixes</c> spelling instead of <c>/client-prefixes</c>.</summary>
    public static JsonObject ClientPrefix(EmulatedRepository repo, EmulatedPrefix prefix, bool repositoryNaming)
    {
        string created = DoiWriter.Timestamp(prefix.ClientPrefixCreatedAt);
        var relationships = new JsonObject();
        relationships[repositoryNaming ? "repository" : "client"] = DoiRenderer.Ref(repo.Id.ToLowerInvariant(), repositoryNaming ? "repository" : "client");
        relationships["provider"] = DoiRenderer.Ref(repo.ProviderId, "provider");
        relationships["providerPrefix"] = DoiRenderer.Ref(prefix.ProviderPrefixId, "providerPrefix");
        relationships["prefix"] = DoiRenderer.Ref(prefix.Prefix, "prefix");
        return new JsonObject
        {
            ["id"] = prefix.ClientPrefixId,
            ["type"] = repositoryNaming ? "repository-prefixes" : "client-prefixes",
            ["attributes"] = new JsonObject { ["createdAt"] = created, ["updatedAt"] = created },
            ["relationships"] = relationships,
        };
    }

    private static JsonObject List(IEnumerable<(string Id, string Type)> refs) => new()
    {
        ["data"] = new JsonArray(refs.Select(r => (JsonNode)new JsonObject { ["id"] = r.Id, ["type"] = r.Type }).ToArray()),
    };
}
