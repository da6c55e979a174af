-- wrk script for deploy/benchmark/search-benchmark.sh: cycles through a query mix and reports
-- p50/p95/p99 (wrk's own output has no p95).
--
--   wrk -t2 -c8 -d30s -s wrk-search.lua http://127.0.0.1:8090 -- api  <requests-file>
--   wrk -t2 -c8 -d30s -s wrk-search.lua http://127.0.0.1:8090 -- page <requests-file>
--   wrk -t2 -c8 -d30s -s wrk-search.lua http://127.0.0.1:9201 -- opensearch <requests-file> <index-or-alias>
--
-- <requests-file> (written by the script from queries.tsv): one query a line, tab-separated:
--   label, URL query string (q=...&postcode=...), OpenSearch request body (one line of JSON),
--   OpenSearch path with parameters (the app's own, e.g. /bench-listing-read/_search?request_cache=true)
--   api         GET  /api/v1/search?<query string>
--   page        GET  /search?<query string>     (the HTML search page)
--   opensearch  POST <path> (or /<index>/_search) with the body
-- done() prints one line starting with "BENCH_RESULT" that the script parses.

local requests = {}
local counter = 0

local function split_tabs(line)
  local fields, start = {}, 1
  while true do
    local tab = string.find(line, "\t", start, true)
    if not tab then
      fields[#fields + 1] = string.sub(line, start)
      return fields
    end
    fields[#fields + 1] = string.sub(line, start, tab - 1)
    start = tab + 1
  end
end

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  local target, requests_file, index = args[1], args[2], args[3]
  if target ~= "api" and target ~= "page" and target ~= "opensearch" then
    error("first script argument must be api, page or opensearch, got " .. tostring(target))
  end
  if target == "opensearch" and (index == nil or index == "") then
    error("opensearch needs the index or alias as the third script argument")
  end
  local file = assert(io.open(requests_file or "", "r"), "cannot open requests file " .. tostring(requests_file))
  for line in file:lines() do
    if line ~= "" then
      local f = split_tabs(line)
      if target == "api" then
        requests[#requests + 1] = wrk.format("GET", "/api/v1/search?" .. f[2], { ["Accept"] = "application/json" })
      elseif target == "page" then
        requests[#requests + 1] = wrk.format("GET", "/search?" .. f[2], { ["Accept"] = "text/html" })
      else
        -- The app's own path and parameters (captured with its body), else the index's _search.
        local path = f[4]
        if path == nil or path == "" then
          path = "/" .. index .. "/_search"
        end
        requests[#requests + 1] = wrk.format("POST", path, { ["Content-Type"] = "application/json" }, f[3])
      end
    end
  end
  file:close()
  if #requests == 0 then
    error("no requests in " .. requests_file)
  end
  -- Threads start at different places in the mix.
  counter = (tonumber(id) or 0) * 5
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end

function done(summary, latency, _)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local function ms(us)
    return string.format("%.1f", us / 1000)
  end
  io.write(string.format(
    "BENCH_RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%s p95_ms=%s p99_ms=%s max_ms=%s mean_ms=%s"
      .. " non2xx=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    ms(latency:percentile(50)), ms(latency:percentile(95)), ms(latency:percentile(99)),
    ms(latency.max), ms(latency.mean),
    e.status, e.connect, e.read, e.write, e.timeout))
end
