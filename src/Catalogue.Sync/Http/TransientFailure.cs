using System.Net;

namespace Catalogue.Sync.Http;

/// <summary>Which outcomes are worth another attempt.</summary>
public static class TransientFailure
{
    /// <summary>
    /// 5xx, 429 (infrastructure rate limit), 423 (udata read-only mode) and 408.
    /// Other 4xx mean the request itself is wrong, so repeating it cannot help.
    /// </summary>
    public static bool IsTransientStatus(HttpStatusCode status)
    {
        int code = (int)status;
        return code >= 500
            || status is HttpStatusCode.TooManyRequests or HttpStatusCode.Locked or HttpStatusCode.RequestTimeout;
    }

    /// <summary>Network-level failures: refused or reset connections, truncated bodies, attempt timeouts.</summary>
    public static bool IsTransientException(Exception exception, CancellationToken callerToken) => exception switch
    {
        HttpRequestException => true,
        IOException => true,
        Polly.Timeout.TimeoutRejectedException => true,
        // A cancellation the caller did not ask for comes from a socket or inner timeout.
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>Statuses by which the server says it did not process the request (safe to repeat a POST).</summary>
    public static bool IsNotProcessedStatus(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.Locked or HttpStatusCode.ServiceUnavailable or HttpStatusCode.RequestTimeout;

    /// <summary>Failures before the request left: the connection was refused or could not be made.</summary>
    public static bool IsNotSent(Exception exception) =>
        exception is HttpRequestException { InnerException: System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused or System.Net.Sockets.SocketError.HostNotFound } };
}
