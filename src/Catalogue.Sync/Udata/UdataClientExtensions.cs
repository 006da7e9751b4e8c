using System.Net;
using System.Runtime.CompilerServices;

namespace Catalogue.Sync.Udata;

/// <summary>Paging and incremental pull built on <see cref="IUdataClient"/> (contract §2.1, §5).</summary>
public static class UdataClientExtensions
{
    /// <summary>
    /// Every dataset matching <paramref name="query"/>, page after page until <c>next_page</c> is null.
    /// A 404 on a page after the first means "past the end" in udata (for example when datasets
    /// vanished between pages) and ends the listing instead of failing it.
    /// </summary>
    public static async IAsyncEnumerable<UdataDataset> ListAllDatasetsAsync(
        this IUdataClient client, UdataDatasetQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ApiResponse<UdataPage<UdataDataset>> response = await client.ListDatasetsAsync(query, cancellationToken).ConfigureAwait(false);
        bool firstPage = true;
        while (true)
        {
            if (!firstPage && response.StatusCode == HttpStatusCode.NotFound) yield break;
            UdataPage<UdataDataset> page = response.EnsureSuccess();
            foreach (UdataDataset dataset in page.Data) yield return dataset;
            if (page.NextPage is null || page.Data.Count == 0) yield break;
            firstPage = false;
            response = await client.ListDatasetsPageAsync(new Uri(page.NextPage), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The organisation's datasets whose <c>internal.last_modified_internal</c> is after
    /// <paramref name="since"/> (all of them when null). v1 cannot sort on last_modified and
    /// <c>last_update</c> ignores metadata-only edits, so the whole organisation is paged
    /// (<c>sort=-last_update</c>, 100 per page) and filtered here. With a member's key the listing
    /// includes private and deleted datasets, so deletions show up as datasets with <c>Deleted</c> set.
    /// </summary>
    public static async IAsyncEnumerable<UdataDataset> ListOrganizationDatasetsModifiedSinceAsync(
        this IUdataClient client, string organizationId, DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = new UdataDatasetQuery { Organization = organizationId, Sort = "-last_update", PageSize = 100 };
        await foreach (UdataDataset dataset in client.ListAllDatasetsAsync(query, cancellationToken).ConfigureAwait(false))
        {
            DateTimeOffset? modified = dataset.Internal?.LastModifiedInternal ?? dataset.LastModified;
            if (since is null || modified is null || modified > since) yield return dataset;
        }
    }
}
