-- Rotates over lines of a file: BENCH_LINES names the file, BENCH_TEMPLATE the path with %s for the line
-- (e.g. /api/v1/datasets/%s, or /api/v1/datasets?q=%s&limit=20). Each thread starts at a different offset.
dofile(os.getenv("BENCH_WRK") .. "/report.lua")

local items, i = {}, 0
for line in io.lines(os.getenv("BENCH_LINES")) do
  if #line > 0 then items[#items + 1] = line end
end
local template = os.getenv("BENCH_TEMPLATE")

setup = function(thread) thread:set("offset", math.random(1, #items)) end
init = function(args) i = tonumber(offset or 1) end

request = function()
  i = i % #items + 1
  return wrk.format("GET", string.format(template, items[i]))
end
