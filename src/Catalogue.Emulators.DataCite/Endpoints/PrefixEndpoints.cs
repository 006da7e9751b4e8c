using System.Text.Json.Nodes;
using Catalogue.Emulators.DataCite.Rendering;
using Microsoft.AspNetCore.Http;

namespace Catalogue.Emulators.DataCite.Endpoints;

/// <summary><c>/prefixes</c>, <c>/client-prefixes</c>, <c>/repository-prefixes</c> and <c>/repositories/{id}</c>.</summary>
internal static class PrefixEndpoints
{
    public static IResult ListPrefixes(HttpContext context, DataCiteEmulatorState state)
    {
        string clientId = context.Request.Query["client-id"].ToString();
        var prefixes = Assignments(state, clientId).Select(a => a.Prefix).DistinctBy(p => p.Prefix)
            .Select(p => (JsonNode)RepositoryRenderer.Prefix(p, Owners(state, p.Prefix))).ToArray();
        return Page(context, prefixes, []);
    }

    public static IResult GetPrefix(string prefix, DataCiteEmulatorState state)
    {
        (EmulatedRepository Repo, EmulatedPrefix Prefix)? found = Assignments(state, "")
            .Cast<(EmulatedRepository, EmulatedPrefix)?>()
            .FirstOrDefault(a => a!.Value.Item2.Prefix.Equals(prefix, StringComparison.OrdinalIgnoreCase));
        return found is { } f
            ? HttpHelpers.Json(new JsonObject { ["data"] = RepositoryRenderer.Prefix(f.Prefix, Owners(state, f.Prefix.Prefix)) })
            : HttpHelpers.NotFound();
    }

    public static IResult ListClientPrefixes(HttpContext context, DataCiteEmulatorState state, bool repositoryNaming)
    {
        string clientId = context.Request.Query[repositoryNaming ? "repository-id" : "client-id"].ToString();
        var items = Assignments(state, clientId)
            .OrderBy(a => a.Prefix.ClientPrefixId, StringComparer.Ordinal)
            .ToList();
        var years = items.GroupBy(a => a.Prefix.ClientPrefixCreatedAt.Year.ToString())
            .Select(g => (JsonNode)new JsonObject { ["id"] = g.Key, ["title"] = g.Key, ["count"] = g.Count() }).ToArray();
        return Page(context, items.Select(a => (JsonNode)RepositoryRenderer.ClientPrefix(a.Repo, a.Prefix, repositoryNaming)).ToArray(),
            new JsonObject { ["years"] = new JsonArray(years), ["providers"] = new JsonArray(), ["repositories"] = new JsonArray() });
    }

    public static IResult GetRepository(string id, DataCiteEmulatorState state) =>
        state.Repositories.TryGetValue(id, out EmulatedRepository? repo)
            ? HttpHelpers.Json(new JsonObject { ["data"] = RepositoryRenderer.Resource(repo) })
            : HttpHelpers.NotFound();

    private static IEnumerable<(EmulatedRepository Repo, EmulatedPrefix Prefix)> Assignments(DataCiteEmulatorState state, string clientId) =>
        state.Repositories.Values
            .Where(r => clientId.Length == 0 || r.Id.Equals(clientId, StringComparison.OrdinalIgnoreCase))
            .SelectMany(r => r.Prefixes.Select(p => (r, p)));

    private static IEnumerable<EmulatedRepository> Owners(DataCiteEmulatorState state, string prefix) =>
        state.Repositories.Values.Where(r => r.Prefixes.Any(p => p.Prefix.Equals(prefix, StringComparison.OrdinalIgnoreCase)));

    private static IResult Page(HttpContext context, JsonNode[] items, JsonObject extraMeta)
    {
        var meta = new JsonObject { ["total"] = items.Length, ["totalPages"] = items.Length == 0 ? 0 : 1, ["page"] = 1 };
        foreach ((string key, JsonNode? value) in extraMeta.ToList())
        {
            extraMeta.Remove(key);
            meta[key] = value;
        }
        string self = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.Path}{context.Request.QueryString}";
        return HttpHelpers.Json(new JsonObject { ["data"] = new JsonArray(items), ["meta"] = meta, ["links"] = new JsonObject { ["self"] = self } });
    }
}
