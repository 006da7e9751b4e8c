using Catalogue.Api.Infrastructure;
using Catalogue.Api.Security;
using Catalogue.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.GraphQL.Paging;

/// <summary>
/// The summary page of the public default listing — an anonymous caller, no where, search, order or publisher:
/// published records, most recently modified first — as a compiled query, like the REST listing's
/// (<c>DatasetStore.IsPublicListing</c> without a search). A composed LINQ query is rebuilt, hashed against EF's query cache
/// and has its parameters extracted on every request; this one skips all of that. It is the same query
/// <c>DatasetStore.Filter</c> and <c>DatasetOrdering.Apply</c> compose for that case (a test walks the listing
/// page by page against the general one).
/// </summary>
internal static class PublicSummaryPage
{
    private const int Published = (int)RecordStatus.Published;

    public static bool Applies(Caller caller, Guid? publisher, object? where, string? search, int orderKeys) =>
        !caller.IsAdmin && caller.Organizations.Count == 0 && publisher is null && where is null
        && string.IsNullOrWhiteSpace(search) && orderKeys == 0;

    public static readonly Func<CatalogueDbContext, int, int, IAsyncEnumerable<PageRow>> Rows = EF.CompileAsyncQuery(
        (CatalogueDbContext db, int skip, int take) => db.Datasets.AsNoTracking()
            .Where(d => d.Status == Published)
            .OrderByDescending(d => d.ModifiedAt).ThenByDescending(d => d.SearchKey)
            .Skip(skip).Take(take)
            .Select(d => new PageRow(d.SearchKey, d.Summary != null ? d.Summary.Json : null, null, d.OrganizationId,
                db.Organizations.Where(o => o.Id == d.OrganizationId).Select(o => o.Document).FirstOrDefault())));

    /// <summary>The keys of the same page, read from the order's index alone (see <c>DatasetConnection.FetchSummariesByKey</c>).</summary>
    public static readonly Func<CatalogueDbContext, int, int, IAsyncEnumerable<long>> Keys = EF.CompileAsyncQuery(
        (CatalogueDbContext db, int skip, int take) => db.Datasets.AsNoTracking()
            .Where(d => d.Status == Published)
            .OrderByDescending(d => d.ModifiedAt).ThenByDescending(d => d.SearchKey)
            .Skip(skip).Take(take)
            .Select(d => d.SearchKey));

    /// <summary>The same page without the publishers' documents, for an operation the summaries answer alone.</summary>
    public static readonly Func<CatalogueDbContext, int, int, IAsyncEnumerable<PageRow>> Summaries = EF.CompileAsyncQuery(
        (CatalogueDbContext db, int skip, int take) => db.Datasets.AsNoTracking()
            .Where(d => d.Status == Published)
            .OrderByDescending(d => d.ModifiedAt).ThenByDescending(d => d.SearchKey)
            .Skip(skip).Take(take)
            .Select(d => new PageRow(d.SearchKey, d.Summary != null ? d.Summary.Json : null, null, Guid.Empty, null)));
}
