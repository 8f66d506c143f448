-- wrk script. Arguments after "--": the query mix's URL file (one path per line), a file of PC4 codes, and the share
-- of requests (0..1) that repeat one of the mix's popular searches exactly. Every other request is that search from
-- a random PC4 (the postcode replaced or added), as parents search near their own home: unique enough that no answer
-- cache can help with it. done() prints the RESULT line that BenchMain parses.
local paths, postcodes = {}, {}
local repeat_share = 0
local next_path = 0
local threads = 0

function setup(thread)
  thread:set("offset", threads * 17)
  threads = threads + 1
end

local function lines(file, into)
  for line in io.lines(file) do
    if #line > 0 then
      into[#into + 1] = line
    end
  end
end

function init(args)
  lines(args[1], paths)
  lines(args[2], postcodes)
  repeat_share = tonumber(args[3])
  next_path = offset % #paths
  -- Seeded by the clock too: the warm-up run must not send the measured run's searches ahead of it.
  math.randomseed(os.time() * 1000 + offset)
end

local function from_random_postcode(path)
  local postcode = postcodes[math.random(#postcodes)]
  if path:find("postcode=%d%d%d%d") then
    return (path:gsub("postcode=%d%d%d%d", "postcode=" .. postcode))
  end
  return path .. "&postcode=" .. postcode
end

function request()
  next_path = next_path % #paths + 1
  local path = paths[next_path]
  if math.random() >= repeat_share then
    path = from_random_postcode(path)
  end
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT requests=%d errors=%d seconds=%.1f rps=%.1f p50=%.3f p99=%.3f max=%.3f\n",
    summary.requests, e.connect + e.read + e.write + e.status + e.timeout, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
