-- wrk script: 报告详情 pages of random reports, so no two requests in a row ask for the same page.
--   wrk -c 64 -t 2 -d 20s --latency -s scripts/wrk/report-pages.lua http://127.0.0.1:8080
-- REPORTS (environment) is the highest report id to ask for (default 10000).
local reports = tonumber(os.getenv("REPORTS") or "10000")

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed or os.time())
end

function request()
  return wrk.format("GET", "/reports/" .. math.random(1, reports))
end

function response(status, headers, body)
  if status ~= 200 then print("status " .. status) end
end
