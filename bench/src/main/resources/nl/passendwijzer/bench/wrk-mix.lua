-- wrk script: every connection cycles through the query mix's URLs (one path per line in the file given after
-- "--"), each thread starting at its own offset; done() prints the RESULT line that BenchMain parses.
local paths = {}
local next_path = 0
local threads = 0

function setup(thread)
  thread:set("offset", threads * 17)
  threads = threads + 1
end

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  next_path = offset % #paths
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT requests=%d errors=%d seconds=%.1f rps=%.1f p50=%.3f p99=%.3f max=%.3f\n",
    summary.requests, e.connect + e.read + e.write + e.status + e.timeout, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
