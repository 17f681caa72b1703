-- wrk script: each request takes a random line from the file named by WRK_PATHS (one request per line: the path,
-- then optionally request headers, each after a tab: "/api/claims/1<TAB>If-None-Match: W/\"abc\""), and the run
-- ends with one machine-readable line of requests/s and latency percentiles (ms). No response() callback: it would
-- make wrk parse every answer's headers and body into Lua and slow the client for the fastest reads; run.sh checks
-- with curl beforehand what each path answers (e.g. that a conditional read answers 304).
local requests_ = {}

init = function(args)
  for line in io.lines(os.getenv("WRK_PATHS")) do
    local path, rest = line:match("^([^\t]*)\t?(.*)$")
    local headers = nil
    for name, value in rest:gmatch("([^:\t]+):%s*([^\t]*)") do
      headers = headers or {}
      headers[name] = value
    end
    requests_[#requests_ + 1] = wrk.format("GET", path, headers)
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

request = function()
  return requests_[math.random(#requests_)]
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1000000
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
      + summary.errors.timeout
  io.write(string.format("RESULT rps=%.1f p50=%.1f p95=%.1f p99=%.1f requests=%d errors=%d\n",
      summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
      latency:percentile(99) / 1000, summary.requests, errors))
end
