using System.Text.Json.Serialization;

namespace Catalogue.Emulators.Udata;

/// <summary>The JSON body of <c>GET/PUT /_emulator/faults</c>.</summary>
public sealed record UdataFaultSettings
{
    [JsonPropertyName("latency_ms")] public int LatencyMs { get; init; }
    [JsonPropertyName("read_only")] public bool ReadOnly { get; init; }
    [JsonPropertyName("reset_next")] public int ResetNext { get; init; }
    [JsonPropertyName("fail_next")] public int FailNext { get; init; }
    [JsonPropertyName("fail_status")] public int FailStatus { get; init; } = 503;
    [JsonPropertyName("rate_limit_next")] public int RateLimitNext { get; init; }
    [JsonPropertyName("retry_after_seconds")] public int RetryAfterSeconds { get; init; }
    [JsonPropertyName("retry_after_as_date")] public bool RetryAfterAsDate { get; init; }
}
