-- POSTs the JSON bodies of the file named by BENCH_BODIES (one per line, e.g. GraphQL requests for successive
-- pages) in turn to the path on wrk's command line; each thread starts at a different line.
-- Reports through bench/wrk/report.lua (one RESULT line); BENCH_WRK names that folder.
dofile(os.getenv("BENCH_WRK") .. "/report.lua")

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
