using System.Net;
using Catalogue.Sync.DataCite.Dtos;

namespace Catalogue.Sync.DataCite;

/// <summary>
/// The outcome of one DataCite call. Expected non-2xx answers (401, 403, 404, 405, 422, 429…) come back here
/// with DataCite's error envelope instead of throwing; only transport failures throw.
/// </summary>
public sealed record DataCiteResponse<T>(HttpStatusCode StatusCode, T? Content, IReadOnlyList<DataCiteError> Errors)
{
    public bool IsSuccess => (int)StatusCode is >= 200 and < 300;

    /// <summary>The content of a successful response; throws with the error titles otherwise.</summary>
    public T EnsureContent() =>
        IsSuccess && Content is not null
            ? Content
            : throw new DataCiteApiException(StatusCode, Errors);
}

/// <summary>Raised only by <see cref="DataCiteResponse{T}.EnsureContent"/>, never by the client itself.</summary>
public sealed class DataCiteApiException(HttpStatusCode statusCode, IReadOnlyList<DataCiteError> errors)
    : Exception($"DataCite answered {(int)statusCode}: {string.Join("; ", errors.Select(e => e.Source is null ? e.Title : $"{e.Source}: {e.Title}"))}")
{
    public HttpStatusCode StatusCode { get; } = statusCode;
    public IReadOnlyList<DataCiteError> Errors { get; } = errors;
}
