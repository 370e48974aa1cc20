#!/usr/bin/env python3
"""Synthetic responses and margins for the analyse benchmark (docs/benchmarks/analyse/run.sh).

    generate.py N OUTDIR     writes OUTDIR/responses-N.csv and OUTDIR/margins-{ward,age_band,sex}.csv

Columns: respondent_id, ward (20 wards), age_band (7), sex (2), two closed questions (q_safe_day, q_safe_night,
about 3% blank), and a top-3 ranking of concerns as three categorical columns (concern_1..3, later ranks more often
blank). The sample is skewed against the population (older people, women and some wards over-represented), so
raking has real work to do. Some categories contain commas, so fields are quoted as RFC 4180 says. Fixed seed.
"""
import csv
import random
import sys

n = int(sys.argv[1])
out = sys.argv[2]
rng = random.Random(20251130)

wards = [f"Ward {i:02d}" for i in range(1, 21)]
ward_population = [rng.randint(8000, 16000) for _ in wards]
ward_propensity = [rng.uniform(0.5, 1.5) for _ in wards]
ages = ["16-24", "25-34", "35-49", "50-64", "65-74", "75-84", "85+"]
age_share = [0.15, 0.18, 0.24, 0.22, 0.11, 0.07, 0.03]
age_propensity = [0.4, 0.6, 0.9, 1.2, 1.6, 1.5, 1.0]
sexes = ["Female", "Male"]
sex_share = [0.51, 0.49]
sex_propensity = [1.3, 0.8]
safe = ["Very safe", "Fairly safe", "A bit unsafe", "Very unsafe"]
concerns = ["Drug dealing", "Anti-social behaviour", "Burglary", "Speeding", "Vehicle crime",
            "Violence, including domestic abuse", "Fly-tipping", "Scams, online or \"doorstep\""]

total = sum(ward_population)


def split(shares):
    counts = [round(total * s) for s in shares]
    counts[-1] += total - sum(counts)
    return counts


margins = {
    "ward": list(zip(wards, ward_population)),
    "age_band": list(zip(ages, split(age_share))),
    "sex": list(zip(sexes, split(sex_share))),
}
for variable, rows in margins.items():
    with open(f"{out}/margins-{variable}.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["variable", "category", "population"])
        for category, population in rows:
            w.writerow([variable, category, population])

ward_weights = [p * q for p, q in zip(ward_population, ward_propensity)]
age_weights = [s * q for s, q in zip(age_share, age_propensity)]
sex_weights = [s * q for s, q in zip(sex_share, sex_propensity)]
ward_col = rng.choices(wards, ward_weights, k=n)
age_col = rng.choices(range(len(ages)), age_weights, k=n)
sex_col = rng.choices(sexes, sex_weights, k=n)
with open(f"{out}/responses-{n}.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["respondent_id", "ward", "age_band", "sex", "q_safe_day", "q_safe_night",
                "concern_1", "concern_2", "concern_3"])
    for i in range(n):
        age = age_col[i]
        day = rng.choices(safe, [4 + age % 3, 4, 2, 1])[0] if rng.random() > 0.03 else ""
        night = rng.choices(safe, [2, 4, 3, 1 + age % 2])[0] if rng.random() > 0.03 else ""
        ranked = rng.sample(concerns, 3)
        if rng.random() < 0.10:
            ranked[2] = ""
        if rng.random() < 0.05:
            ranked[1] = ranked[2] = ""
        w.writerow([f"R{i + 1:07d}", ward_col[i], ages[age], sex_col[i], day, night] + ranked)
