using System.Net;

namespace Catalogue.Sync.Udata;

/// <summary>
/// Outcome of one udata call. Expected non-2xx answers (400 validation, 401/403, 404, 410, 423…)
/// come back here instead of throwing; only transport failures throw.
/// </summary>
public sealed class ApiResponse<T>
{
    public ApiResponse(HttpStatusCode statusCode, T? content, UdataError? error, string method, string path)
    {
        StatusCode = statusCode;
        Content = content;
        Error = error;
        Method = method;
        Path = path;
    }

    public HttpStatusCode StatusCode { get; }
    public T? Content { get; }
    public UdataError? Error { get; }
    public string Method { get; }
    /// <summary>Request path (no host, no query) for diagnostics.</summary>
    public string Path { get; }

    public bool IsSuccess => (int)StatusCode is >= 200 and < 300;
    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;
    /// <summary>410: the dataset was soft-deleted and is not visible to this key.</summary>
    public bool IsGone => StatusCode == HttpStatusCode.Gone;
    public bool IsValidationError => StatusCode == HttpStatusCode.BadRequest;

    /// <summary>The content, or a <see cref="UdataApiException"/> describing the failure.</summary>
    public T EnsureSuccess()
    {
        if (!IsSuccess) throw new UdataApiException(StatusCode, Method, Path, Error);
        return Content!;
    }

    public override string ToString() => IsSuccess
        ? $"{Method} {Path} → {(int)StatusCode}"
        : $"{Method} {Path} → {(int)StatusCode}: {Error?.Describe() ?? "(no error body)"}";
}

/// <summary>A udata call that did not succeed; the message never contains credentials.</summary>
public sealed class UdataApiException : Exception
{
    public UdataApiException(HttpStatusCode statusCode, string method, string path, UdataError? error)
        : base(BuildMessage(statusCode, method, path, error))
    {
        StatusCode = statusCode;
        Error = error;
    }

    public HttpStatusCode StatusCode { get; }
    public UdataError? Error { get; }

    private static string BuildMessage(HttpStatusCode status, string method, string path, UdataError? error)
    {
        string hint = status switch
        {
            HttpStatusCode.Locked => " data.gouv.fr is in read-only mode; creation is disabled, retry later.",
            HttpStatusCode.TooManyRequests => " Rate limited by data.gouv.fr's infrastructure; retries were exhausted.",
            HttpStatusCode.Unauthorized => " Check the configured API key (Udata:ApiKey).",
            _ when (int)status >= 500 => " data.gouv.fr failed; retries were exhausted.",
            _ => "",
        };
        return $"data.gouv.fr {method} {path} failed with {(int)status} {status}: {error?.Describe() ?? "(no error body)"}.{hint}";
    }
}
