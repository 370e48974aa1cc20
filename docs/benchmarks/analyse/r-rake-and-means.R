# The reference figure of issue 5 ("R's survey needs about 38 s and 1.2 GB for rake + estimates with calibrated SEs
# on 1M rows"): read the responses, rake to the ward, age_band and sex margins, and svymean every question overall
# with calibrated standard errors. Nothing by ward, no intervals, no tests: a small part of what analyse does.
#   /usr/bin/time -v Rscript r-rake-and-means.R RESPONSES.csv MARGINS_DIR
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
for (q in setdiff(names(r), c("respondent_id", "ward", "age_band", "sex"))) {
  svymean(as.formula(paste0("~`", q, "`")), raked, na.rm = TRUE)
  phase(q)
}
phase("total")
