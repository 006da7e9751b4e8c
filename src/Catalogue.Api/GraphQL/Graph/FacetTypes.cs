using Catalogue.Api.GraphQL.Loaders;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Api.Services;
using Catalogue.Domain.Model;
using Catalogue.Domain.Vocabularies;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Types.Builder;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.GraphQL.Graph;

/// <summary>The datasets a facets query counts over: the visible ones matching where/search.</summary>
public sealed record FacetScope(IQueryable<DatasetEntity> Filtered);

/// <summary>One value of a facet and how many matching datasets have it.</summary>
public sealed record FacetValue(string Value, int Count, Vocabulary? Vocabulary);

/// <summary>
/// Facet counts for the current filter, each a GROUP BY run by the database over the same filtered set as
/// the listing (so visibility applies: drafts of other organisations are not counted). Like
/// DatasetStore.FacetCountsAsync, but over the GraphQL where-expression rather than a DatasetQuery.
/// </summary>
public static class FacetTypes
{
    public static SchemaBuilder AddFacets(this SchemaBuilder s) => s
        .Object("FacetValue", t => t
            .Get<FacetValue>("value", "String!", v => v.Value, "A code (theme, licence…), a year, a publisher UUID or an access level.")
            .Get<FacetValue>("count", "Int!", v => v.Count)
            .Field("label", "String!", f => f.Argument("lang", "String", ResolverExtensions.LangDescription)
                .Resolve(c => c.Parent<FacetValue>() is { Vocabulary: { } voc } v ? ConceptValue.Of(voc, v.Value).Label(c.Lang()) : c.Parent<FacetValue>().Value))
            .Field("publisher", "Organization", f => f.Description("For publisher facets: the organisation.")
                .ResolveAsync(async c => c.Parent<FacetValue>() is { Vocabulary: null } v && Guid.TryParse(v.Value, out var id)
                    ? await c.OrganizationAsync(id) : null)))
        .Object("Facets", t => t
            .Field("themes", "[FacetValue!]!", f => f.ResolveAsync(c => Count(c, DatasetProjection.Kinds.Theme, Vocabularies.DataTheme)))
            .Field("healthCategories", "[FacetValue!]!", f => f.ResolveAsync(c => Count(c, DatasetProjection.Kinds.HealthCategory, Vocabularies.Healthcategories)))
            .Field("healthThemes", "[FacetValue!]!", f => f.ResolveAsync(c => Count(c, DatasetProjection.Kinds.HealthTheme, Vocabularies.HealthTheme)))
            .Field("licences", "[FacetValue!]!", f => f.ResolveAsync(c => Count(c, DatasetProjection.Kinds.Licence, null)))
            .Field("formats", "[FacetValue!]!", f => f.ResolveAsync(c => Count(c, DatasetProjection.Kinds.Format, Vocabularies.FileType)))
            .Field("codingSystems", "[FacetValue!]!", f => f.ResolveAsync(c => Count(c, DatasetProjection.Kinds.CodingSystem, Vocabularies.CodingSystem)))
            .Field("years", "[FacetValue!]!", f => f.ResolveAsync(c => Count(c, DatasetProjection.Kinds.Year, null)))
            .Field("accessRights", "[FacetValue!]!", f => f.ResolveAsync(AccessRights))
            .Field("publishers", "[FacetValue!]!", f => f.ResolveAsync(Publishers))
            .Field("total", "Int!", f => f.ResolveAsync(async c =>
            {
                var graph = c.Graph();
                return await graph.RunAsync(() => c.Parent<FacetScope>().Filtered.CountAsync(c.CancellationToken));
            })),
            "Counts per value for the datasets matching the filter, most frequent first (at most 100 per facet).");

    private static async Task<object?> Count(ResolveFieldContext c, string kind, Vocabulary? vocabulary)
    {
        var graph = c.Graph();
        var keys = c.Parent<FacetScope>().Filtered.Select(d => d.FacetKey);
        var rows = await graph.RunAsync(() => graph.Db.Facets.AsNoTracking().Where(x => x.Kind == kind && keys.Contains(x.DatasetKey))
            .GroupBy(x => x.Value).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key).Take(100).ToListAsync(c.CancellationToken));
        // Years read better in order; the other facets by frequency.
        var values = rows.Select(r => new FacetValue(r.Key, r.Count, vocabulary));
        return kind == DatasetProjection.Kinds.Year ? values.OrderBy(v => v.Value).ToList() : values.ToList();
    }

    private static async Task<object?> AccessRights(ResolveFieldContext c)
    {
        var rows = await c.Graph().RunAsync(() => c.Parent<FacetScope>().Filtered.GroupBy(d => d.AccessRights)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(c.CancellationToken));
        return rows.OrderByDescending(r => r.Count).Select(r => new FacetValue(((AccessLevel)r.Key).ToCode(), r.Count, Vocabularies.AccessRight)).ToList();
    }

    private static async Task<object?> Publishers(ResolveFieldContext c)
    {
        var rows = await c.Graph().RunAsync(() => c.Parent<FacetScope>().Filtered.GroupBy(d => d.OrganizationId)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(c.CancellationToken));
        return rows.OrderByDescending(r => r.Count).ThenBy(r => r.Key).Select(r => new FacetValue(r.Key.ToString(), r.Count, null)).ToList();
    }
}
