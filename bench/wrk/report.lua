-- Shared by every scenario: one machine-readable line per run (wrk's own --latency table has no p95).
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f requests=%d errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, e.connect + e.read + e.write + e.timeout, e.status))
end
