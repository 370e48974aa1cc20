# Reference values for ranked concerns (uk.gov.safervoices.admin.analysis.concerns), from R's survey package.
#
# Run from this folder, in two steps (see README.md):
#   Rscript make-concern-fixtures.R data         # respondents, margins and the scores: r-scores.csv
#   (Java exports the bootstrap's resampling factors: replicate-factors.csv.gz)
#   Rscript make-concern-fixtures.R replicates   # the same replicates in R: r-rank-uncertainty.csv, r-adjacent.csv,
#                                                #   r-replicates.csv
# Needs: Debian's r-cran-survey (apt-get install -y r-cran-survey); written against survey 4.1-1.
# Everything is generated from a fixed seed, so a re-run rewrites identical files.
#
# A skewed sample (older people and women over-represented, one small ward) of 1,200 residents of a synthetic
# population of 60,000, raked to ward, age band and sex. Each ranks up to 3 of 10 concerns (drawn one after another
# with probabilities that depend on ward, age and sex): 80% rank three, 11% one or two (partial), 1% leave the first
# position empty but fill the second (positions count as given), 8% rank nothing (they stay in the design, outside
# every base). Hate crime is rare (a concern few rank); burglary and vehicle crime are close.
#
# Scores per concern j, with points y (3, 2, 1 for positions 1, 2, 3; 0 if not ranked), a = ranked anything:
#   borda_total    svytotal(~y_j)                              CI: coef +- qt(.975, degf) SE
#   borda_mean     svymean(~y_j, na.rm = TRUE), y NA when a=0  CI: coef +- qt(.975, degf) SE
#   borda_share    svyratio(~y_j, ~y_all)                      CI: svyciprop's logit formula with svyratio's SE
#   mention_share  svymean(~m_j, na.rm = TRUE), m NA when a=0  CI: svyciprop(method = "logit") (the script checks
#                                                                  its formula agrees, as make-fixtures.R does)
# Designs: fixed = svydesign(ids = ~1, weights = ~w) with the fully converged raking weights (SEs treat weights as
# fixed); calibrated = calibrate(svydesign(ids = ~1), ~ward + age_band + sex, totals, calfun = "raking").
#
# Bootstrap (step 2): replicate-factors.csv.gz, written by the Java test ReplicateFactorsFixtureTest, lists the units
# (weighting cell x ranking, with their respondent counts) and for each of 500 replicates the multiplicity Java drew
# for each unit. Here every respondent of a unit with c respondents and multiplicity M gets starting weight M / c
# (the respondents of a unit are identical, so only the unit's total matters), the replicate is raked by rake() to
# the margins to full convergence (epsilon 1e-12, maxit 1000; checked against the margins afterwards), and the
# Borda means and mention shares are recomputed. From those:
#   rank_lower     quantile(type = 1) at 2.5% of the concern's best rank (1 + concerns strictly ahead)
#   rank_upper     quantile(type = 1) at 97.5% of its worst rank (concerns ahead or tied, itself included)
#   p_top3         mean over replicates of the share of its tied places that fall within the top 3
#   p_ahead        for concerns next to each other in the estimated order: share of replicates with the higher
#                  one strictly ahead; p_tied: exactly equal

suppressPackageStartupMessages(library(survey))
options(warn = 1)
mode <- commandArgs(trailingOnly = TRUE)[1]
if (is.na(mode) || !(mode %in% c("data", "replicates"))) stop("Usage: Rscript make-concern-fixtures.R data|replicates")

wards <- c("Abbey", "Brook", "Castle", "Dale", "Eastfield", "Fenwick")
ages <- c("16-24", "25-34", "35-49", "50-64", "65+")
sexes <- c("Female", "Male")
concerns <- c("drug_dealing", "asb", "burglary", "violent_crime", "knife_crime", "domestic_abuse",
              "vehicle_crime", "speeding", "hate_crime", "fly_tipping")
points <- c(3, 2, 1)

num <- function(x) ifelse(is.na(x), "", sprintf("%.17g", x))
write_fixture <- function(df, file) {
  for (col in names(df)) if (is.numeric(df[[col]])) df[[col]] <- num(df[[col]])
  write.csv(df, file, row.names = FALSE, quote = FALSE, na = "")
}
read_fixture <- function(file) read.csv(file, stringsAsFactors = FALSE, na.strings = "")

# Points and mentions per respondent: matrices respondents x concerns; 'ranked' = ranked anything.
score_matrices <- function(d) {
  ranks <- as.matrix(d[, c("rank_1", "rank_2", "rank_3")])
  y <- m <- matrix(0, nrow(d), length(concerns), dimnames = list(NULL, concerns))
  for (p in 1:3) for (j in seq_along(concerns)) {
    hit <- !is.na(ranks[, p]) & ranks[, p] == concerns[j]
    y[hit, j] <- points[p]; m[hit, j] <- 1
  }
  list(y = y, m = m, ranked = rowSums(!is.na(ranks)) > 0)
}

margin_list <- function(margins) lapply(c("ward", "age_band", "sex"), function(v) {
  m <- margins[margins$variable == v, ]
  df <- data.frame(m$category, m$population); names(df) <- c(v, "Freq"); df
})

as_factors <- function(d) {
  d$ward <- factor(d$ward, levels = wards); d$age_band <- factor(d$age_band, levels = ages)
  d$sex <- factor(d$sex, levels = sexes); d
}

rake_fully <- function(design, margins) {
  raked <- rake(design, list(~ward, ~age_band, ~sex), margin_list(margins),
                control = list(epsilon = 1e-12, maxit = 1000))
  w <- weights(raked)
  for (v in c("ward", "age_band", "sex")) {
    achieved <- tapply(w, raked$variables[[v]], sum)
    target <- setNames(margins$population[margins$variable == v], margins$category[margins$variable == v])
    stopifnot(max(abs(achieved[names(target)] / target - 1)) < 1e-9)
  }
  raked
}

if (mode == "data") {
  set.seed(20261130)
  grid <- expand.grid(ward = wards, age_band = ages, sex = sexes, stringsAsFactors = FALSE)
  a <- match(grid$age_band, ages)
  ward_totals <- c(Abbey = 12000, Brook = 9500, Castle = 14000, Dale = 8000, Eastfield = 11000, Fenwick = 5500)
  share <- c(0.14, 0.17, 0.25, 0.24, 0.20)[a] * ifelse(grid$sex == "Female", 0.51 + 0.01 * (a - 3), 0.49 - 0.01 * (a - 3)) *
    ifelse(a >= 4, c(Abbey = 1, Brook = 0.8, Castle = 1.1, Dale = 1.3, Eastfield = 0.9, Fenwick = 1.2)[grid$ward], 1)
  share <- ave(share, grid$ward, FUN = function(s) s / sum(s))
  grid$population <- round(share * ward_totals[grid$ward])
  margins <- rbind(
    data.frame(variable = "ward", category = wards, population = as.vector(tapply(grid$population, grid$ward, sum)[wards])),
    data.frame(variable = "age_band", category = ages, population = as.vector(tapply(grid$population, grid$age_band, sum)[ages])),
    data.frame(variable = "sex", category = sexes, population = as.vector(tapply(grid$population, grid$sex, sum)[sexes])))

  n <- 1200
  propensity <- c(0.4, 0.6, 1, 1.5, 2.2)[a] * ifelse(grid$sex == "Female", 1.4, 1) *
    c(Abbey = 1.2, Brook = 1, Castle = 1.1, Dale = 0.9, Eastfield = 1, Fenwick = 0.25)[grid$ward]
  d <- grid[sample(nrow(grid), n, replace = TRUE, prob = grid$population * propensity), c("ward", "age_band", "sex")]
  age <- match(d$age_band, ages); female <- d$sex == "Female"
  # log-attractiveness of each concern, by respondent: the young worry about knife crime and ASB, the old about
  # burglary and speeding, women about domestic abuse, Castle about drug dealing
  base <- c(drug_dealing = 1.0, asb = 1.1, burglary = 0.55, violent_crime = 0.3, knife_crime = 0.1,
            domestic_abuse = 0.1, vehicle_crime = 0.5, speeding = 0.45, hate_crime = -2.6, fly_tipping = 0.2)
  utility <- matrix(base, n, length(concerns), byrow = TRUE, dimnames = list(NULL, concerns))
  utility[, "drug_dealing"] <- utility[, "drug_dealing"] + 0.6 * (d$ward == "Castle")
  utility[, "knife_crime"] <- utility[, "knife_crime"] + 0.5 * (age <= 2)
  utility[, "asb"] <- utility[, "asb"] + 0.3 * (age <= 2)
  utility[, "burglary"] <- utility[, "burglary"] + 0.25 * (age - 3)
  utility[, "speeding"] <- utility[, "speeding"] + 0.3 * (age - 3) + 0.4 * (d$ward == "Dale")
  utility[, "domestic_abuse"] <- utility[, "domestic_abuse"] + 0.5 * female
  ranks <- matrix(NA_character_, n, 3)
  for (i in seq_len(n)) {
    left <- concerns
    for (p in 1:3) {
      pick <- sample(left, 1, prob = exp(utility[i, left]))
      ranks[i, p] <- pick; left <- setdiff(left, pick)
    }
  }
  u <- runif(n)
  ranks[u < 0.08, ] <- NA                                  # ranked nothing
  ranks[u >= 0.08 & u < 0.14, 3] <- NA                     # two only
  ranks[u >= 0.14 & u < 0.19, 2:3] <- NA                   # one only
  ranks[u >= 0.19 & u < 0.20, 1] <- NA                     # first position left empty
  respondents <- data.frame(respondent_id = sprintf("R%05d", seq_len(n)), d, rank_1 = ranks[, 1],
                            rank_2 = ranks[, 2], rank_3 = ranks[, 3], stringsAsFactors = FALSE)
  write_fixture(respondents, "respondents.csv")
  write_fixture(margins, "margins.csv")

  data <- as_factors(respondents)
  s <- score_matrices(data)
  for (j in concerns) {
    data[[paste0("y_", j)]] <- s$y[, j]
    data[[paste0("yna_", j)]] <- ifelse(s$ranked, s$y[, j], NA)
    data[[paste0("mna_", j)]] <- ifelse(s$ranked, s$m[, j], NA)
  }
  data$y_all <- rowSums(s$y)
  unweighted <- suppressWarnings(svydesign(ids = ~1, data = data))
  raked <- rake_fully(unweighted, margins)
  w <- weights(raked)
  mm_pop <- model.matrix(~ward + age_band + sex, as_factors(grid))
  totals <- colSums(mm_pop * grid$population)
  calibrated <- calibrate(unweighted, ~ward + age_band + sex, totals, calfun = "raking", epsilon = 1e-13, maxit = 100)
  stopifnot(max(abs(w / weights(calibrated) - 1)) < 1e-9)
  designs <- list(fixed = svydesign(ids = ~1, weights = ~w, data = cbind(data, w = w)), calibrated = calibrated)

  rows <- list()
  for (dn in names(designs)) {
    dd <- designs[[dn]]
    t975 <- qt(0.975, degf(dd))
    logit_ci <- function(p, se) if (p > 0 && p < 1) plogis(qlogis(p) + c(-1, 1) * t975 * se / (p * (1 - p))) else c(NA, NA)
    for (j in concerns) {
      tot <- svytotal(as.formula(paste0("~y_", j)), dd)
      mea <- svymean(as.formula(paste0("~yna_", j)), dd, na.rm = TRUE)
      sha <- svyratio(as.formula(paste0("~y_", j)), ~y_all, dd)
      men <- svymean(as.formula(paste0("~mna_", j)), dd, na.rm = TRUE)
      p <- coef(men)[[1]]; se_m <- SE(men)[[1]]
      men_ci <- logit_ci(p, se_m)
      if (p > 0 && p < 1) {
        ci <- as.vector(attr(suppressWarnings(svyciprop(as.formula(paste0("~mna_", j)), dd, method = "logit",
                                                        na.rm = TRUE)), "ci"))
        stopifnot(max(abs(ci - men_ci)) < 1e-6)
      }
      share <- coef(sha)[[1]]; se_s <- SE(sha)[[1]]
      share_ci <- logit_ci(share, se_s)
      rows[[length(rows) + 1]] <- data.frame(
        design = dn, concern = j, respondents = nrow(data), rankers = sum(s$ranked),
        mentions = sum(s$m[, j]), first_choices = sum(!is.na(data$rank_1) & data$rank_1 == j),
        borda_total = coef(tot)[[1]], borda_total_se = SE(tot)[[1]],
        borda_total_ci_lower = coef(tot)[[1]] - t975 * SE(tot)[[1]], borda_total_ci_upper = coef(tot)[[1]] + t975 * SE(tot)[[1]],
        borda_mean = coef(mea)[[1]], borda_mean_se = SE(mea)[[1]],
        borda_mean_ci_lower = coef(mea)[[1]] - t975 * SE(mea)[[1]], borda_mean_ci_upper = coef(mea)[[1]] + t975 * SE(mea)[[1]],
        borda_share = share, borda_share_se = se_s, borda_share_ci_lower = share_ci[1], borda_share_ci_upper = share_ci[2],
        mention_share = p, mention_share_se = se_m, mention_share_ci_lower = men_ci[1], mention_share_ci_upper = men_ci[2],
        stringsAsFactors = FALSE)
    }
  }
  scores <- do.call(rbind, rows)
  write_fixture(scores, "r-scores.csv")
  print(scores[scores$design == "calibrated", c("concern", "mentions", "borda_mean", "borda_mean_se", "mention_share", "mention_share_se")])
  cat("data fixtures written; now run the Java export (README.md), then: Rscript make-concern-fixtures.R replicates\n")
}

if (mode == "replicates") {
  respondents <- read_fixture("respondents.csv")
  margins <- read_fixture("margins.csv")
  factors <- read.csv(gzfile("replicate-factors.csv.gz"), stringsAsFactors = FALSE, na.strings = "")
  key <- function(d) paste(d$ward, d$age_band, d$sex, d$rank_1, d$rank_2, d$rank_3, sep = "|")
  unit_of <- match(key(respondents), key(factors))
  stopifnot(!anyNA(unit_of), all(tabulate(unit_of, nrow(factors)) == factors$respondents))
  replicate_columns <- grep("^b[0-9]+$", names(factors), value = TRUE)
  data <- as_factors(respondents)
  s <- score_matrices(data)
  # The estimates' order, as Java's: by the full-sample estimate, highest first, ties in catalogue order.
  full <- weights(rake_fully(suppressWarnings(svydesign(ids = ~1, data = data)), margins))
  measures <- function(w) {
    base <- sum(w[s$ranked])
    list(borda_mean = colSums(w * s$y) / base, mention_share = colSums(w * s$m) / base)
  }
  estimates <- measures(full)
  started <- Sys.time()
  replicates <- lapply(seq_along(replicate_columns), function(b) {
    f <- factors[[replicate_columns[b]]][unit_of] / factors$respondents[unit_of]
    keep <- f > 0
    design <- svydesign(ids = ~1, weights = ~f, data = cbind(data, f = f)[keep, ])
    w <- numeric(nrow(data)); w[keep] <- weights(rake_fully(design, margins))
    measures(w)
  })
  cat("raked", length(replicates), "replicates in", format(Sys.time() - started), "\n")

  uncertainty <- list(); adjacent <- list(); per_replicate <- list()
  for (measure in c("borda_mean", "mention_share")) {
    values <- t(sapply(replicates, function(r) r[[measure]]))     # replicates x concerns
    est <- estimates[[measure]]
    order_est <- order(-est, seq_along(concerns))
    for (j in order_est) {
      ahead <- rowSums(values > values[, j]); tied <- rowSums(values == values[, j])
      best <- ahead + 1; worst <- ahead + tied
      top <- pmax(0, pmin(3, ahead + tied) - ahead) / tied
      q <- function(x, p) sort(x)[max(1, ceiling(length(x) * p - 1e-9))]
      uncertainty[[length(uncertainty) + 1]] <- data.frame(
        measure = measure, concern = concerns[j], estimate = est[j], rank = sum(est > est[j]) + 1,
        p_top3 = mean(top), rank_lower = q(best, 0.025), rank_upper = q(worst, 0.975), stringsAsFactors = FALSE)
    }
    for (i in seq_len(length(order_est) - 1)) {
      hi <- order_est[i]; lo <- order_est[i + 1]
      adjacent[[length(adjacent) + 1]] <- data.frame(
        measure = measure, higher = concerns[hi], lower = concerns[lo], difference = est[hi] - est[lo],
        p_ahead = mean(values[, hi] > values[, lo]), p_tied = mean(values[, hi] == values[, lo]),
        stringsAsFactors = FALSE)
    }
    for (b in 1:20) per_replicate[[length(per_replicate) + 1]] <- data.frame(
      replicate = b, measure = measure, concern = concerns, value = values[b, ], stringsAsFactors = FALSE)
  }
  write_fixture(do.call(rbind, uncertainty), "r-rank-uncertainty.csv")
  write_fixture(do.call(rbind, adjacent), "r-adjacent.csv")
  write_fixture(do.call(rbind, per_replicate), "r-replicates.csv")
  print(do.call(rbind, uncertainty))
  print(do.call(rbind, adjacent))
  cat("replicate fixtures written\n")
}
