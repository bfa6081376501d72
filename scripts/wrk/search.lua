-- wrk script: the search API over ~20 realistic queries (2–6 characters, some in traditional
-- script, one of two terms), each request the next query in turn.
--   wrk -c 64 -t 2 -d 20s --latency -s scripts/wrk/search.lua http://127.0.0.1:8080
local queries = {
  "行政复议", "行政執法", "法治政府", "依法行政", "普法", "复议", "行政诉讼", "应诉",
  "規範性文件", "合法性审核", "负责人出庭", "政务公开", "法律顧問", "信息公开",
  "执法监督", "重大行政决策", "調解", "放管服", "证明事项", "行政复议 纠错",
}

local function encode(s)
  return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local paths = {}
for i, q in ipairs(queries) do paths[i] = "/api/search?q=" .. encode(q) end

local n = 0
function setup(thread)
  thread:set("start", math.random(0, #paths - 1))
end

function init(args)
  n = start or 0
end

function request()
  n = n + 1
  return wrk.format("GET", paths[n % #paths + 1])
end

function response(status, headers, body)
  if status ~= 200 then print("status " .. status) end
end
