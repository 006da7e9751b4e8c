using Catalogue.Api.GraphQL.Filtering;
using Catalogue.Api.GraphQL.Paging;
using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Api.Services;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Types.Builder;
using Input = System.Collections.Generic.IReadOnlyDictionary<string, object?>;

namespace Catalogue.Api.GraphQL.Graph;

/// <summary>The Relay connection of datasets and the field arguments every dataset listing takes.</summary>
public static class ConnectionTypes
{
    public static SchemaBuilder AddConnections(this SchemaBuilder s) => s
        .Object("PageInfo", t => t
            .Get<PageInfo>("hasNextPage", "Boolean!", p => p.HasNextPage)
            .Get<PageInfo>("hasPreviousPage", "Boolean!", p => p.HasPreviousPage)
            .Get<PageInfo>("startCursor", "String", p => p.StartCursor)
            .Get<PageInfo>("endCursor", "String", p => p.EndCursor))
        .Object("DatasetEdge", t => t
            .Get<DatasetEdge>("cursor", "String!", e => e.Cursor)
            .Get<DatasetEdge>("node", "Dataset!", e => e.Node))
        .Object("DatasetConnection", t => t
            .Field("edges", "[DatasetEdge!]!", f => f.ResolveAsync(async c => (await c.Parent<DatasetConnection>().PageAsync()).Edges))
            .Field("nodes", "[Dataset!]!", f => f.ResolveAsync(async c => (await c.Parent<DatasetConnection>().PageAsync()).Edges.ConvertAll(e => e.Node)))
            .Field("pageInfo", "PageInfo!", f => f.ResolveAsync(async c => (await c.Parent<DatasetConnection>().PageAsync()).Info))
            .Field("totalCount", "Int!", f => f.Description("Datasets matching the filter, whatever the page.")
                .ResolveAsync(async c => await c.Parent<DatasetConnection>().TotalCountAsync())),
            "A page of datasets. Cursors are positions in the filtered, ordered list (see docs/graphql.md).");

    /// <summary>Declares first/after/last/before/where/order/search on a dataset listing field.</summary>
    public static FieldBuilder DatasetListArguments(this FieldBuilder f) => f
        .Argument("first", "Int", "At most this many from the start (or after `after`); the maximum page size applies.")
        .Argument("after", "String")
        .Argument("last", "Int", "At most this many from the end (or before `before`).")
        .Argument("before", "String")
        .Argument("where", "DatasetWhere")
        .Argument("order", "[DatasetOrder!]", "Sort keys, most significant first; most recently modified first by default.")
        .Argument("search", "String", "Full-text search over titles, descriptions, keywords and variable names.");

    /// <summary>
    /// Builds the connection: visibility and search come from DatasetStore.Filter, the where and order are
    /// composed on top as LINQ, so the whole listing is one SQL query (plus a COUNT when asked for).
    /// </summary>
    public static DatasetConnection Resolve(ResolveFieldContext c, Guid? publisher = null)
    {
        var graph = c.Graph();
        var page = PageRequest.From(c);
        var order = ResolverExtensions.List<Input>(c.GetArgument<object>("order"));
        var publicDefault = PublicSummaryPage.Applies(graph.Caller, publisher, c.GetArgument<Input>("where"), c.GetArgument<string>("search"), order.Count);
        var queries = new Lazy<DatasetQueries>(() =>
        {
            var filtered = FilteredDatasets(c, publisher);
            return new DatasetQueries(filtered, DatasetOrdering.Apply(filtered, order));
        });
        // Composing checks the where and order inputs, so it happens here, where an error belongs to this field;
        // the public default page (nothing to check) reads through its own query and composes only if
        // totalCount asks for the count.
        if (!publicDefault) _ = queries.Value;
        return new DatasetConnection(graph, queries, page, c.CancellationToken, PageRecordReader.SourceFor(c.Info), publicDefault);
    }

    /// <summary>The visible datasets matching where/search (the base of listings and facets).</summary>
    public static IQueryable<DatasetEntity> FilteredDatasets(ResolveFieldContext c, Guid? publisher = null)
    {
        var graph = c.Graph();
        var where = c.GetArgument<Input>("where");
        var statuses = DatasetWhereTranslator.MentionsStatus(where) ? Enum.GetValues<Domain.Model.RecordStatus>() : [];
        var query = new DatasetQuery
        {
            Text = c.GetArgument<string>("search"),
            Statuses = statuses,
            Publishers = publisher is { } p ? [p] : [],
        };
        var filtered = graph.Datasets.Filter(query, graph.Caller);
        return where is null ? filtered : filtered.Where(new DatasetWhereTranslator(graph.Db).Translate(where));
    }
}
