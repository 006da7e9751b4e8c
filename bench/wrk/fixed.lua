-- One fixed path (given on the wrk command line), reported with p95.
dofile(os.getenv("BENCH_WRK") .. "/report.lua")
