using Catalogue.Api.GraphQL.Loaders;
using Catalogue.Api.Services;
using Catalogue.Domain.Model;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Types.Builder;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.GraphQL.Graph;

/// <summary>The entry points. Every read goes through DatasetStore with the caller, so invisible drafts are simply absent.</summary>
public static class QueryType
{
    public static SchemaBuilder AddQuery(this SchemaBuilder s) => s
        .Object("VariableMatch", t => t
            .Get<VariableMatch>("dataset", "Dataset!", m => m.Dataset)
            .Get<VariableMatch>("table", "DataTable!", m => m.Table)
            .Get<VariableMatch>("variable", "Variable!", m => m.Variable))
        .Object("Query", t => t
            .Field("node", "Node", f => f.Argument("id", "ID!", "A global id.")
                .Description("The object with this global id; null when it does not exist or is not visible to the caller.")
                .ResolveAsync(async c => await NodeAsync(c, c.GetArgument<string>("id"))))
            .Field("nodes", "[Node]!", f => f.Argument("ids", "[ID!]!")
                .Description("The objects with these global ids, in order; null entries for unknown or invisible ones.")
                .ResolveAsync(async c => (await Task.WhenAll(ResolverExtensions.List<string>(c.Arguments["ids"]).Select(id => NodeAsync(c, id)))).ToList()))
            .Field("datasets", "DatasetConnection!", f => f.DatasetListArguments()
                .Description("Datasets the caller can see, filtered, ordered and paged by the database.")
                .Resolve(c => ConnectionTypes.Resolve(c)))
            .Field("dataset", "Dataset", f => f
                .Argument("id", "ID", "Global id or UUID.").Argument("slug", "String", "Slug or dct:identifier.").Argument("doi", "String")
                .Description("One dataset, by exactly one of id, slug or doi; null when none is visible.")
                .ResolveAsync(DatasetAsync))
            .Field("organizations", "[Organization!]!", f => f.ResolveAsync(async c =>
            {
                var graph = c.Graph();
                return await graph.RunAsync(() => graph.Organizations.ListAsync(c.CancellationToken));
            }))
            .Field("organization", "Organization", f => f
                .Argument("id", "ID", "Global id or UUID.").Argument("slug", "String")
                .Description("One organisation, by exactly one of id or slug.")
                .ResolveAsync(OrganizationAsync))
            .Field("catalog", "Catalog!", c => new CatalogInfo($"{c.Graph().Http.Request.Scheme}://{c.Graph().Http.Request.Host}"))
            .Field("facets", "Facets!", f => f.Argument("where", "DatasetWhere").Argument("search", "String")
                .Description("Counts per facet value for the datasets matching where/search.")
                .Resolve(c => new FacetScope(ConnectionTypes.FilteredDatasets(c))))
            .Field("variables", "[VariableMatch!]!", f => f
                .Argument("name", "String", "Variable name (case-insensitive).")
                .Argument("codingSystem", "String", "Coding system of the variable (ICD-10, ATC…).")
                .ArgumentWithDefault("first", "Int", 20, "At most this many (the maximum page size applies).")
                .Description("Data dictionary search: variables of visible datasets by name or coding system.")
                .ResolveAsync(c => VariableSearch.ResolveAsync(c, First)))
            .Field("search", "[SearchResult!]!", f => f.Argument("text", "String!").ArgumentWithDefault("first", "Int", 10)
                .Description("Datasets (full-text) and organisations (by name) matching the text.")
                .ResolveAsync(SearchAsync)),
            "Read the catalogue.");

    private static async Task<object?> NodeAsync(ResolveFieldContext c, string? id)
    {
        switch (GlobalId.Decode(id))
        {
            case (GlobalId.Dataset, var datasetId): return await c.DatasetAsync(datasetId);
            case (GlobalId.Organization, var orgId): return await c.OrganizationAsync(orgId);
            default: return null;
        }
    }

    private static async Task<object?> DatasetAsync(ResolveFieldContext c)
    {
        var keys = new[] { "id", "slug", "doi" }.Where(k => c.GetArgument<string>(k) is not null).ToList();
        if (keys.Count != 1) throw GraphErrors.BadInput("Give exactly one of id, slug or doi.", "dataset");
        var value = c.GetArgument<string>(keys[0])!;
        string key;
        if (keys[0] == "id")
            key = (GlobalId.ParseId(value, GlobalId.Dataset) ?? throw GraphErrors.BadInput($"'{value}' is not a dataset id.", "id")).ToString();
        else if (keys[0] == "doi")
            key = value.StartsWith("10.", StringComparison.Ordinal) ? value : throw GraphErrors.BadInput($"'{value}' is not a DOI (10.prefix/suffix).", "doi");
        else key = value;
        var graph = c.Graph();
        try
        {
            return await graph.RunAsync(async () => (await graph.Datasets.GetAsync(key, graph.Caller, c.CancellationToken)).Record);
        }
        catch (Catalogue.GraphQL.Errors.GraphQLError e) when (e.Extensions?.GetValueOrDefault("code") as string == GraphErrors.NotFound)
        {
            return null;
        }
    }

    private static async Task<object?> OrganizationAsync(ResolveFieldContext c)
    {
        var id = c.GetArgument<string>("id");
        var slug = c.GetArgument<string>("slug");
        if ((id is null) == (slug is null)) throw GraphErrors.BadInput("Give exactly one of id or slug.", "organization");
        if (id is not null)
            return await c.OrganizationAsync(GlobalId.ParseId(id, GlobalId.Organization) ?? throw GraphErrors.BadInput($"'{id}' is not an organisation id.", "id"));
        var graph = c.Graph();
        try
        {
            return await graph.RunAsync(() => graph.Organizations.GetAsync(slug!, c.CancellationToken));
        }
        catch (Catalogue.GraphQL.Errors.GraphQLError e) when (e.Extensions?.GetValueOrDefault("code") as string == GraphErrors.NotFound)
        {
            return null;
        }
    }

    private static int First(ResolveFieldContext c)
    {
        var first = c.GetArgument<int?>("first") ?? 10;
        var max = c.Graph().Options.MaxPageSize;
        if (first < 0 || first > max) throw GraphErrors.BadInput($"first must be between 0 and the maximum page size of {max}.", "first");
        return first;
    }

    private static async Task<object?> SearchAsync(ResolveFieldContext c)
    {
        var text = c.GetArgument<string>("text") ?? "";
        var first = First(c);
        var graph = c.Graph();
        var page = await graph.RunAsync(() => graph.Datasets.ListAsync(new DatasetQuery { Text = text, Limit = Math.Max(first, 1) }, graph.Caller, c.CancellationToken));
        var folded = RecordDefaults.Fold(text).Trim();
        var orgs = await graph.RunAsync(() => graph.Organizations.ListAsync(c.CancellationToken));
        var results = new List<object>();
        results.AddRange(orgs.Where(o => folded.Length > 0 && RecordDefaults.Fold(o.Name + " " + o.Acronym).Contains(folded)));
        results.AddRange(page.Items.Select(i => i.Record));
        return results.Take(first).ToList();
    }
}
