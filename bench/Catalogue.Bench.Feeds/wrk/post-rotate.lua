-- POSTs the JSON bodies of the file named by BENCH_BODIES (one per line, e.g. GraphQL requests for successive
-- pages) in turn to the path on wrk's command line; each thread starts at a different line.
-- Reports like bench/wrk/report.lua (one RESULT line).
local bodies, i = {}, 0
for line in io.lines(os.getenv("BENCH_BODIES")) do
  if #line > 0 then bodies[#bodies + 1] = line end
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

setup = function(thread) thread:set("offset", math.random(1, #bodies)) end
init = function(args) i = tonumber(offset or 1) end

request = function()
  i = i % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[i])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f requests=%d errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, e.connect + e.read + e.write + e.timeout, e.status))
end
