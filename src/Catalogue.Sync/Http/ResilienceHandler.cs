using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Catalogue.Sync.Http;

/// <summary>
/// Retries transient failures of any HTTP API (used by the data.gouv.fr and DataCite clients):
/// jittered exponential back-off, a timeout per attempt, and the server's <c>Retry-After</c>
/// honoured as a minimum wait. Request bodies are buffered so every attempt re-sends them,
/// and response bodies are buffered inside the attempt so a connection reset mid-body is retried too.
/// Nothing from the request headers is ever logged (they carry API keys).
/// </summary>
public sealed class ResilienceHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("catalogue.http.request");

    private readonly ResilienceOptions _options;
    private readonly ILogger<ResilienceHandler>? _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public ResilienceHandler(ResilienceOptions options, ILogger<ResilienceHandler>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxRetries < 0) throw new ArgumentOutOfRangeException(nameof(options), "MaxRetries must be >= 0.");
        if (options.AttemptTimeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(options), "AttemptTimeout must be positive.");
        _options = options;
        _logger = logger;
        _pipeline = BuildPipeline();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Without buffering, a StreamContent body would be empty on the second attempt.
        if (request.Content is not null) await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);

        ResilienceContext context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestKey, request);
        try
        {
            return await _pipeline.ExecuteAsync(
                static (ctx, state) => state.handler.SendOnceAsync(state.request, ctx.CancellationToken),
                context,
                (handler: this, request)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline()
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (_options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = _options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.BaseDelay,
                MaxDelay = _options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
                DelayGenerator = args => ValueTask.FromResult(DelayFromServer(args.Outcome, args.AttemptNumber)),
                OnRetry = args =>
                {
                    Report(args);
                    // The failed response is replaced by the next attempt's; release its connection now.
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            });
        }
        builder.AddTimeout(_options.AttemptTimeout);
        return builder.Build();
    }

    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var token = context.CancellationToken;
        // A POST is not idempotent: repeat it only when the server certainly did not act on it, so a lost
        // answer never creates a second remote object (the sync engine reconciles such cases by our id).
        var nonIdempotent = context.Properties.TryGetValue(RequestKey, out var request) && request.Method == HttpMethod.Post;
        if (outcome.Exception is { } exception)
            return nonIdempotent ? TransientFailure.IsNotSent(exception) : TransientFailure.IsTransientException(exception, token);
        if (outcome.Result is not { } response || !TransientFailure.IsTransientStatus(response.StatusCode)) return false;
        if (nonIdempotent && !TransientFailure.IsNotProcessedStatus(response.StatusCode)) return false;
        return !(RetryAfterHeader.Read(response) > _options.MaxRetryAfter);
    }

    /// <summary>
    /// The server's Retry-After wins over the computed back-off when it is longer; otherwise
    /// null lets Polly use its jittered exponential delay.
    /// </summary>
    private TimeSpan? DelayFromServer(Outcome<HttpResponseMessage> outcome, int attemptNumber)
    {
        TimeSpan? retryAfter = RetryAfterHeader.Read(outcome.Result);
        if (retryAfter is null) return null;
        TimeSpan backoff = ExponentialCeiling(attemptNumber);
        return retryAfter > backoff ? retryAfter : backoff;
    }

    private TimeSpan ExponentialCeiling(int attemptNumber)
    {
        double ticks = _options.BaseDelay.Ticks * Math.Pow(2, Math.Min(attemptNumber, 30));
        return ticks >= _options.MaxDelay.Ticks ? _options.MaxDelay : TimeSpan.FromTicks((long)ticks);
    }

    private void Report(OnRetryArguments<HttpResponseMessage> args)
    {
        args.Context.Properties.TryGetValue(RequestKey, out HttpRequestMessage? request);
        var retry = new ResilienceRetry(
            args.AttemptNumber,
            args.RetryDelay,
            args.Outcome.Result is { } r ? (int)r.StatusCode : null,
            RetryAfterHeader.Read(args.Outcome.Result),
            args.Outcome.Exception?.GetType().Name,
            request?.Method.Method ?? "?",
            request?.RequestUri?.AbsolutePath);
        _options.OnRetry?.Invoke(retry);
        _logger?.LogWarning(
            "Retrying {Method} {Path} in {Delay} (retry {Retry}/{MaxRetries}; status {Status}; error {Error})",
            retry.Method, retry.Path, retry.Delay, retry.AttemptNumber + 1, _options.MaxRetries, retry.StatusCode, retry.ExceptionType);
    }
}
