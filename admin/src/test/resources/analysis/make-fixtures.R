# Reference values for the analysis core (uk.gov.safervoices.admin.analysis.core), from R's survey package.
#
# Run from this folder:   Rscript make-fixtures.R
# Needs: Debian's r-cran-survey (apt-get install -y r-cran-survey); written against survey 4.1-1.
# Everything is generated from a fixed seed, so a re-run rewrites identical files.
#
# Two waves of a resident survey (2024: 900 respondents, 2025: 1500), each a skewed sample of a synthetic
# population of 60,000 (older people and women over-represented, one small ward), weighted by raking to the
# population margins of ward, age band and sex. Two closed questions with blanks; 1.5% of respondents leave
# their age band blank (they are dropped before weighting, as the Java engine does with MissingAnswers.DROP).
#
# Designs ("design" column of the outputs):
#   fixed       svydesign(ids=~1, weights=~w) with w the fully converged raking weights: SEs treat weights as fixed
#   calibrated  calibrate(svydesign(ids=~1), ~ward+age_band+sex, totals, calfun="raking"): exact GREG projection
#   raked       rake(svydesign(ids=~1), margins, control=list(epsilon=1e-12, maxit=1000)); svyrecvar
#               approximates the projection with 10 back-fitting sweeps, so its SEs differ slightly from
#               'calibrated' (the differences are printed at the end)
#
# Estimates per category k of a question: y = (answer == k), NA when blank.
#   overall:   svymean(~y, d, na.rm=TRUE, deff=TRUE); svyciprop(~y, d, method="logit"/"beta", na.rm=TRUE)
#   breakdown: the same on subset(d, group == g) (what svyby does): domain estimation, df = respondents in the
#              group - 1.
#   ci_beta_source: "svyciprop" where svyciprop(method="beta") was used; "formula" for breakdowns on
#              calibrated/raked designs, where svyciprop multiplies the effective n by
#              (qt(.025, nrow(d) - 1) / qt(.025, degf(d)))^2 and nrow(d) still counts the zero-weight rows outside
#              the group. There the Korn-Graubard interval is computed from svymean's variance with that ratio = 1,
#              exactly as svyciprop does when the ratio is 1:
#              n.eff = p(1-p)/var; qbeta(.025, n.eff p, n.eff (1-p) + 1), qbeta(.975, n.eff p + 1, n.eff (1-p)).
#   ci_logit_source: "svyciprop", or "formula" where svyglm (which svyciprop's logit method fits) diverged and
#              svyciprop returned (0, 0): there the interval is svyciprop's formula, expit(logit(p) +- qt(.975, df) se /
#              (p (1 - p))) with svymean's se; everywhere else the script checks that formula equals svyciprop (1e-6).
# Tests: svychisq(~q + by, d, statistic="F") and chisq.test(table(q, by), correct=FALSE).
# Trends (independent waves): difference of proportions, se = sqrt(se1^2 + se2^2), 95% normal CI, two-sided p.
#   For the fixed-weights design the per-wave SEs are also checked against svyby on the waves stacked with wave
#   as strata (stopifnot below): independent samples, so the covariance between waves is zero.

suppressPackageStartupMessages(library(survey))
options(warn = 1)
set.seed(20250517)

wards <- c("Abbey", "Brook", "Castle", "Dale", "Eastfield", "Fenwick")
ages <- c("16-24", "25-34", "35-49", "50-64", "65+")
sexes <- c("Female", "Male")
safe_levels <- c("Very safe", "Fairly safe", "A bit unsafe", "Very unsafe")
concern_levels <- c("Drug dealing", "Anti-social behaviour", "Burglary", "Speeding", "Other")

num <- function(x) ifelse(is.na(x), "", sprintf("%.17g", x))
write_fixture <- function(df, file) {
  for (col in names(df)) if (is.numeric(df[[col]])) df[[col]] <- num(df[[col]])
  write.csv(df, file, row.names = FALSE, quote = FALSE, na = "")
}

# ---- Population and samples -------------------------------------------------------------------------------------
population <- function(ward_totals, age_share, female_share) {
  grid <- expand.grid(ward = wards, age_band = ages, sex = sexes, stringsAsFactors = FALSE)
  tilt <- c(Abbey = 1, Brook = 0.8, Castle = 1.1, Dale = 1.3, Eastfield = 0.9, Fenwick = 1.2)
  a <- match(grid$age_band, ages)
  share <- age_share[a] * ifelse(a >= 4, tilt[grid$ward], 1 / tilt[grid$ward]) *
    ifelse(grid$sex == "Female", female_share + 0.01 * (a - 3), 1 - female_share - 0.01 * (a - 3))
  share <- ave(share, grid$ward, FUN = function(s) s / sum(s))
  grid$population <- round(share * ward_totals[grid$ward])
  grid
}

draw_sample <- function(pop, n, shift) {
  propensity <- c(0.4, 0.6, 1, 1.5, 2.2)[match(pop$age_band, ages)] *
    ifelse(pop$sex == "Female", 1.4, 1) *
    c(Abbey = 1.2, Brook = 1, Castle = 1.1, Dale = 0.9, Eastfield = 1, Fenwick = 0.2)[pop$ward]
  cell <- sample(nrow(pop), n, replace = TRUE, prob = pop$population * propensity)
  d <- pop[cell, c("ward", "age_band", "sex")]
  a <- match(d$age_band, ages)
  female <- d$sex == "Female"
  # feeling safe: worse for women, the young and Castle/Dale; 'shift' moves the whole wave
  score <- 0.35 * female - 0.15 * (a - 3) + 0.4 * (d$ward %in% c("Castle", "Dale")) + shift + rnorm(n)
  d$q_safe_day <- as.character(cut(score, c(-Inf, 0.1, 1.0, 1.7, Inf), labels = safe_levels))
  base <- cbind(1.2 + 0.3 * (d$ward == "Castle"), 1 + 0.4 * (a <= 2), 0.8 + 0.2 * female, 0.5 + 0.3 * (a >= 4), 0.12)
  d$q_concern <- apply(base, 1, function(p) sample(concern_levels, 1, prob = p))
  d$channel <- ifelse(runif(n) < 0.25 + 0.12 * a, "Paper", "Online")
  d$q_safe_day[runif(n) < 0.04] <- NA
  d$q_concern[runif(n) < 0.07] <- NA
  d$age_band[runif(n) < 0.015] <- NA
  data.frame(respondent_id = sprintf("R%05d", seq_len(n)), d[, c("ward", "age_band", "sex", "channel",
                                                                  "q_safe_day", "q_concern")],
             stringsAsFactors = FALSE)
}

margins_of <- function(pop) {
  rbind(
    data.frame(variable = "ward", category = wards, population = as.vector(tapply(pop$population, pop$ward, sum)[wards])),
    data.frame(variable = "age_band", category = ages, population = as.vector(tapply(pop$population, pop$age_band, sum)[ages])),
    data.frame(variable = "sex", category = sexes, population = as.vector(tapply(pop$population, pop$sex, sum)[sexes])))
}

waves <- list(
  "2024" = list(pop = population(c(Abbey = 11800, Brook = 9600, Castle = 13900, Dale = 8100, Eastfield = 10900, Fenwick = 5700),
                                 c(0.15, 0.17, 0.25, 0.24, 0.19), 0.51), n = 900, shift = 0),
  "2025" = list(pop = population(c(Abbey = 12000, Brook = 9500, Castle = 14000, Dale = 8000, Eastfield = 11000, Fenwick = 5500),
                                 c(0.14, 0.17, 0.25, 0.24, 0.20), 0.51), n = 1500, shift = 0.25))

# ---- Weighting and estimates per wave ------------------------------------------------------------------------
estimate_rows <- function(d, design_name, question, by_variable, groups) {
  rows <- list()
  levels <- if (question == "q_safe_day") safe_levels else concern_levels
  calibrated <- design_name != "fixed"
  for (g in groups) {
    dd <- if (is.na(g)) d else subset(d, !is.na(d$variables[[by_variable]]) & d$variables[[by_variable]] == g)
    answers <- dd$variables[[question]]
    inside <- weights(dd, "sampling") != 0
    n_base <- sum(inside & !is.na(answers))
    for (k in levels) {
      dd$variables$y <- as.numeric(answers == k)
      m <- svymean(~y, dd, na.rm = TRUE, deff = TRUE)
      p <- coef(m)[[1]]; v <- vcov(m)[1, 1]
      lo <- suppressWarnings(svyciprop(~y, dd, method = "logit", na.rm = TRUE))
      if (!is.na(g) && calibrated) {
        n.eff <- p * (1 - p) / v
        beta <- c(qbeta(0.025, n.eff * p, n.eff * (1 - p) + 1), qbeta(0.975, n.eff * p + 1, n.eff * (1 - p)))
        source <- "formula"
      } else {
        beta <- as.vector(attr(suppressWarnings(svyciprop(~y, dd, method = "beta", na.rm = TRUE)), "ci"))
        source <- "svyciprop"
      }
      logit <- as.vector(attr(lo, "ci"))
      logit_source <- "svyciprop"
      if (p > 0 && p < 1) {
        # svyciprop's own formula: a t interval on the logit scale with svyglm's SE, which is svymean's SE / (p (1-p))
        formula <- plogis(qlogis(p) + c(-1, 1) * qt(0.975, degf(dd)) * sqrt(v) / (p * (1 - p)))
        if (!all(is.finite(logit)) || logit[1] >= logit[2] || p < logit[1] || p > logit[2]) {
          logit <- formula  # svyglm diverged (seen on a small domain of a calibrated design: coefficient -1.6e15)
          logit_source <- "formula"
        } else {
          stopifnot(max(abs(logit - formula)) < 1e-6)
        }
      }
      if (p == 0 || p == 1) { logit <- c(NA, NA); beta <- c(NA, NA) }
      rows[[length(rows) + 1]] <- data.frame(
        design = design_name, question = question, category = k,
        by_variable = if (is.na(g)) "" else by_variable, by_category = if (is.na(g)) "" else g,
        n_category = sum(inside & !is.na(answers) & answers == k), n_base = n_base,
        weighted_base = sum(weights(dd, "sampling")[inside & !is.na(answers)]),
        proportion = p, se = sqrt(v), deff = deff(m)[[1]],
        ci_logit_lower = logit[1], ci_logit_upper = logit[2],
        ci_logit_source = logit_source, ci_beta_lower = beta[1], ci_beta_upper = beta[2], ci_beta_source = source,
        stringsAsFactors = FALSE)
    }
  }
  do.call(rbind, rows)
}

test_rows <- function(d, design_name, question, by_variable) {
  f <- as.formula(paste("~", question, "+", by_variable))
  rs <- svychisq(f, d, statistic = "F")
  v <- d$variables
  ok <- !is.na(v[[question]]) & !is.na(v[[by_variable]])
  pe <- chisq.test(table(v[[question]][ok], v[[by_variable]][ok]), correct = FALSE)
  data.frame(design = design_name, question = question, by_variable = by_variable,
             pearson_chisq = unname(pe$statistic), pearson_df = unname(pe$parameter), pearson_p = pe$p.value,
             rao_scott_f = unname(rs$statistic), ndf = unname(rs$parameter["ndf"]),
             ddf = unname(rs$parameter["ddf"]), rao_scott_p = rs$p.value, stringsAsFactors = FALSE)
}

results <- list()
for (wave in names(waves)) {
  spec <- waves[[wave]]
  respondents <- draw_sample(spec$pop, spec$n, spec$shift)
  margins <- margins_of(spec$pop)
  write_fixture(respondents, sprintf("respondents-%s.csv", wave))
  write_fixture(margins, sprintf("margins-%s.csv", wave))

  complete <- respondents[!is.na(respondents$age_band), ]
  for (v in c("ward", "age_band", "sex")) complete[[v]] <- factor(complete[[v]], levels = get(c(ward = "wards", age_band = "ages", sex = "sexes")[[v]]))
  unweighted <- suppressWarnings(svydesign(ids = ~1, data = complete))
  pop_margins <- lapply(c("ward", "age_band", "sex"), function(v) {
    m <- margins[margins$variable == v, ]
    df <- data.frame(m$category, m$population); names(df) <- c(v, "Freq"); df
  })
  raked <- rake(unweighted, list(~ward, ~age_band, ~sex), pop_margins, control = list(epsilon = 1e-12, maxit = 1000))
  totals <- colSums(model.matrix(~ward + age_band + sex, complete) * 0)
  mm_pop <- model.matrix(~ward + age_band + sex, expand.grid(ward = factor(wards, wards), age_band = factor(ages, ages), sex = factor(sexes, sexes)))
  cellpop <- merge(expand.grid(ward = wards, age_band = ages, sex = sexes, stringsAsFactors = FALSE), spec$pop)
  cellpop <- cellpop[order(match(cellpop$sex, sexes), match(cellpop$age_band, ages), match(cellpop$ward, wards)), ]
  totals <- colSums(mm_pop * cellpop$population)
  calibrated <- calibrate(unweighted, ~ward + age_band + sex, totals, calfun = "raking", epsilon = 1e-13, maxit = 100)
  w <- weights(raked)
  stopifnot(max(abs(w / weights(calibrated) - 1)) < 1e-9)
  fixed <- svydesign(ids = ~1, weights = ~w, data = cbind(complete, w = w))
  designs <- list(fixed = fixed, calibrated = calibrated, raked = raked)

  mean_w <- mean(w)
  trimmed <- trimWeights(fixed, lower = 0.5 * mean_w, upper = 3 * mean_w, strict = TRUE)
  wt <- weights(trimmed)
  write_fixture(data.frame(respondent_id = complete$respondent_id, weight = w,
                           weight_calibrate = weights(calibrated), weight_trimmed = wt),
                sprintf("r-weights-%s.csv", wave))
  diag <- function(name, x) data.frame(weights = name, n = length(x), total = sum(x), min = min(x), max = max(x),
                                       mean = mean(x), cv = sqrt(mean((x - mean(x))^2)) / mean(x),
                                       n_eff = sum(x)^2 / sum(x^2), deff_kish = length(x) * sum(x^2) / sum(x)^2)
  write_fixture(rbind(diag("raked", w), diag("trimmed", wt)), sprintf("r-weight-diagnostics-%s.csv", wave))
  print(quantile(w / mean_w, c(0, 0.01, 0.05, 0.5, 0.95, 0.99, 1)))
  cat(wave, ": trimmed", sum(w > 3 * mean_w), "above and", sum(w < 0.5 * mean_w), "below; weights",
      min(w), "to", max(w), "\n")

  est <- list(); tests <- list()
  for (dn in names(designs)) {
    d <- designs[[dn]]
    for (q in c("q_safe_day", "q_concern")) {
      est[[length(est) + 1]] <- estimate_rows(d, dn, q, "", NA)
      if (wave == "2025") {
        for (by in c("ward", "age_band", "sex", "channel")) {
          est[[length(est) + 1]] <- estimate_rows(d, dn, q, by, sort(unique(na.omit(complete[[by]]))))
          tests[[length(tests) + 1]] <- test_rows(d, dn, q, by)
        }
      }
    }
    if (wave == "2025") tests[[length(tests) + 1]] <- test_rows(d, dn, "q_safe_day", "q_concern")
  }
  est <- do.call(rbind, est)
  for (col in c("by_category")) est[[col]] <- as.character(est[[col]])
  write_fixture(est, sprintf("r-estimates-%s.csv", wave))
  if (wave == "2025") write_fixture(do.call(rbind, tests), "r-tests-2025.csv")
  results[[wave]] <- list(est = est, complete = complete, w = w)
}

# ---- Trends ----------------------------------------------------------------------------------------------------
overall <- function(est) est[est$by_variable == "", ]
a <- overall(results[["2024"]]$est); b <- overall(results[["2025"]]$est)
trend <- merge(a, b, by = c("design", "question", "category"), suffixes = c("_earlier", "_later"))
trend <- trend[trend$design != "raked", ]
trend$difference <- trend$proportion_later - trend$proportion_earlier
trend$se <- sqrt(trend$se_earlier^2 + trend$se_later^2)
trend$ci_lower <- trend$difference - qnorm(0.975) * trend$se
trend$ci_upper <- trend$difference + qnorm(0.975) * trend$se
trend$p_value <- 2 * pnorm(-abs(trend$difference / trend$se))
trend <- trend[order(trend$design, trend$question, trend$category),
               c("design", "question", "category", "proportion_earlier", "proportion_later", "se_earlier", "se_later",
                 "difference", "se", "ci_lower", "ci_upper", "p_value")]
write_fixture(trend, "r-trends.csv")

# the fixed-weights trend SE is also what svyby gives on the two waves stacked as strata (no covariance)
stacked <- rbind(cbind(results[["2024"]]$complete, w = results[["2024"]]$w, wave = "2024"),
                 cbind(results[["2025"]]$complete, w = results[["2025"]]$w, wave = "2025"))
stacked$y <- as.numeric(stacked$q_safe_day == "Very safe")
sd <- svydesign(ids = ~1, strata = ~wave, weights = ~w, data = stacked)
by_wave <- svyby(~y, ~wave, sd, svymean, na.rm = TRUE)
check <- trend[trend$design == "fixed" & trend$question == "q_safe_day" & trend$category == "Very safe", ]
stopifnot(abs(diff(coef(by_wave)) - check$difference) < 1e-12,
          abs(sqrt(sum(SE(by_wave)^2)) / check$se - 1) < 1e-10)

# ---- How far apart are rake()'s 10-sweep SEs and calibrate()'s exact projection? ---------------------------------
e <- results[["2025"]]$est
ra <- e[e$design == "raked", ]; ca <- e[e$design == "calibrated", ]
stopifnot(all(ra$category == ca$category & ra$by_category == ca$by_category))
rel <- abs(ra$se / ca$se - 1); rel <- rel[is.finite(rel)]
cat("rake() vs calibrate() SE: max relative difference", max(rel), "; median", median(rel), "\n")
cat("fixtures written\n")
