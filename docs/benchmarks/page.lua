-- wrk script for (a) questionnaire page views: GET one section page.
--
--   wrk -t2 -c64 -d30s --latency --timeout 30s -s page.lua http://127.0.0.1:PORT/consultations/<slug>/community-safety-survey/feeling_safe
--       a first-time visitor: no cookies (every response issues a new signed CSRF token and cookie)
--   ... -s page.lua <url> -- <drafts.tsv>
--       a resident part-way through: each request carries the sv_csrf and sv_draft cookies of one of the drafts
--       in the file (round robin), so the page also loads the draft and shows its answers
--
-- No response() callback (it would make wrk parse every header into Lua and cost load-generator CPU); wrk itself
-- counts socket errors and non-2xx/3xx statuses, and run.sh checks beforehand that the page answers 200.

local cookies = {}

function init(args)
   if args[1] then
      for line in io.lines(args[1]) do
         local csrf, draft = line:match("^([^\t]+)\t([^\t]+)\t")
         table.insert(cookies, "sv_csrf=" .. csrf .. "; sv_draft=" .. draft)
      end
   end
   n = 0
end

function request()
   if #cookies == 0 then
      return wrk.format("GET")
   end
   n = n + 1
   return wrk.format("GET", nil, { ["Cookie"] = cookies[(n % #cookies) + 1] })
end

function done(summary, latency, requests)
   local e = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format(
      "page requests=%d seconds=%.1f throughput=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f" ..
      " socket_errors=%d (connect %d read %d write %d timeout %d) non2xx3xx=%d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout, e.status))
end
