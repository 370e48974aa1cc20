package uk.gov.safervoices.admin.analysis.core;

import java.util.Objects;

/** The population of one category of a weighting variable, e.g. ward "Abbey": 12,000 people. */
public record MarginCategory(String category, double population) {
    public MarginCategory {
        Objects.requireNonNull(category, "category");
    }
}
