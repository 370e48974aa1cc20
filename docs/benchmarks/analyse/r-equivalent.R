# Most of what `analyse --by ward` does, in R's survey package, to compare time and memory (run.sh).
#   Rscript r-equivalent.R RESPONSES.csv MARGINS_DIR [means]
# With `means`: only the issue's reference work ("rake + estimates with calibrated SEs"): rake, then svymean of
# every question overall; nothing by ward, no intervals, no tests.
# Reads the responses (empty = missing), rakes to the ward, age_band and sex margins (epsilon 1e-10, maxit 1000),
# then per question: svymean (calibrated SEs, deff) overall, svymean by ward (svyby, calibrated SEs), and logit and
# beta (Korn-Graubard) svyciprop for every category overall. Prints phase times; writes nothing.
# It does LESS than analyse, so its time is a lower bound for R: no design effects or intervals by ward (svyby with
# deff = TRUE took 9.8 s for ONE question on 1,000 rows here) and no Rao-Scott tests (svychisq: 2.2 s a question on
# 1,000 rows); both grow with the number of rows.
suppressPackageStartupMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
t0 <- Sys.time()
phase <- function(name) {
  cat(sprintf("  %-32s %7.1f s\n", name, as.numeric(difftime(Sys.time(), t0, units = "secs"))))
}
r <- read.csv(args[1], na.strings = "", stringsAsFactors = TRUE, check.names = FALSE)
phase("read.csv")
margin <- function(variable) {
  m <- read.csv(file.path(args[2], paste0("margins-", variable, ".csv")), stringsAsFactors = FALSE)
  out <- data.frame(m$category, m$population)
  names(out) <- c(variable, "Freq")
  out
}
pops <- list(margin("ward"), margin("age_band"), margin("sex"))
design <- svydesign(ids = ~1, weights = ~rep(1, nrow(r)), data = r)
raked <- rake(design, list(~ward, ~age_band, ~sex), pops, control = list(epsilon = 1e-10, maxit = 1000))
phase("rake")
questions <- setdiff(names(r), c("respondent_id", "ward", "age_band", "sex"))
for (q in questions) {
  f <- as.formula(paste0("~`", q, "`"))
  if (length(args) >= 3 && args[3] == "means") {
    svymean(f, raked, na.rm = TRUE)
    phase(q)
    next
  }
  overall <- svymean(f, raked, na.rm = TRUE, deff = TRUE)
  by_ward <- svyby(f, ~ward, raked, svymean, na.rm = TRUE)
  answered <- subset(raked, !is.na(r[[q]]))
  for (category in levels(r[[q]])) {
    g <- as.formula(paste0("~I(`", q, "` == '", gsub("'", "\\\\'", category), "')"))
    svyciprop(g, answered, method = "logit")
    svyciprop(g, answered, method = "beta")
  }
  phase(q)
}
phase("total")
