package uk.gov.safervoices.portal.staff.priorities;

import uk.gov.safervoices.admin.crime.core.PlanYear;
import uk.gov.safervoices.admin.priority.MatrixSettings;
import uk.gov.safervoices.definitions.model.Concern;
import uk.gov.safervoices.portal.staff.FormFields;
import uk.gov.safervoices.portal.web.Forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The matrix's forms as posted or opened: what was entered (kept to show again), the revision the form was opened
 * on, and the problems, each with its field and a sentence a partnership member can act on.
 */
final class MatrixForms {
    private static final String NUMBER = "-?\\d{1,9}(\\.\\d{1,6})?";

    private MatrixForms() {
    }

    record Option(String value, String text) {
    }

    /** The names the built-in criteria have on the form. */
    static String builtInName(String code) {
        return switch (code) {
            case MatrixSettings.COMMUNITY_CONCERN -> "Residents' concern";
            case MatrixSettings.CRIME_VOLUME -> "Recorded crime";
            case MatrixSettings.CRIME_TREND -> "Trend in recorded crime";
            case MatrixSettings.CRIME_HARM -> "Harm";
            default -> code;
        };
    }

    /** Evidence and weights. */
    static final class Sources {
        final Map<String, String> text = new LinkedHashMap<>();
        /** Criterion code to the weight as typed, in the matrix's order. */
        final Map<String, String> weights = new LinkedHashMap<>();
        final Map<String, String> names = new LinkedHashMap<>();
        final Map<String, String> problems = new LinkedHashMap<>();
        int revision;

        static Sources of(String planYear, Optional<MatrixSettings.Setting> setting, List<PlanYear> crimeYears) {
            Sources form = new Sources();
            form.revision = setting.map(MatrixSettings.Setting::revision).orElse(0);
            form.text.put("consultation", setting.map(s -> s.consultationId() == null ? ""
                    : Long.toString(s.consultationId())).orElse(""));
            form.text.put("scheme", setting.map(s -> s.schemeId() == null ? "" : Long.toString(s.schemeId()))
                    .orElse(""));
            // a plan year's strategic assessment reads the year before it: offer that when there is one
            int before = MatrixSettings.startYear(planYear) - 1;
            String defaultCrimeYear = crimeYears.stream().map(PlanYear::startYear).filter(y -> y <= before)
                    .findFirst().map(String::valueOf).orElse("");
            form.text.put("crimeYear", setting.map(s -> s.crimeYear() == null ? "" : Integer.toString(s.crimeYear()))
                    .orElse(defaultCrimeYear));
            if (setting.isPresent()) {
                for (MatrixSettings.CriterionSetting criterion : setting.get().criteria()) {
                    form.weights.put(criterion.code(), MatrixPage.number(criterion.weight()));
                    form.names.put(criterion.code(), criterion.own() ? criterion.name()
                            : builtInName(criterion.code()));
                }
            } else {
                MatrixSettings.BUILT_IN.forEach(code -> {
                    form.weights.put(code, "1");
                    form.names.put(code, builtInName(code));
                });
            }
            return form;
        }

        static Sources posted(Map<String, List<String>> fields, Optional<MatrixSettings.Setting> setting) {
            Sources form = new Sources();
            for (String name : List.of("consultation", "scheme", "crimeYear", "revision")) {
                form.text.put(name, Optional.ofNullable(Forms.first(fields, name)).orElse("").trim());
            }
            form.revision = form.text.get("revision").matches("\\d{1,9}") ? Integer.parseInt(form.text.get("revision"))
                    : -1;
            List<String> codes = setting.map(s -> s.criteria().stream().map(MatrixSettings.CriterionSetting::code)
                    .toList()).orElse(MatrixSettings.BUILT_IN);
            for (String code : codes) {
                form.weights.put(code, Optional.ofNullable(Forms.first(fields, "weight-" + code)).orElse("").trim());
                form.names.put(code, setting.flatMap(s -> s.criterion(code)).filter(MatrixSettings.CriterionSetting::own)
                        .map(MatrixSettings.CriterionSetting::name).orElse(builtInName(code)));
            }
            form.check();
            return form;
        }

        private void check() {
            for (String name : List.of("consultation", "scheme", "crimeYear")) {
                if (!text.get(name).isEmpty() && !text.get(name).matches("\\d{1,18}")) {
                    problems.put(name, "Choose from the list");
                }
            }
            if (!text.get("consultation").isEmpty() && text.get("scheme").isEmpty()) {
                problems.put("scheme", "Choose the weighting scheme for residents' figures: they are always weighted");
            }
            boolean anyWeight = false;
            for (Map.Entry<String, String> weight : weights.entrySet()) {
                String typed = weight.getValue();
                if (!typed.matches(NUMBER) || Double.parseDouble(typed) < 0 || Double.parseDouble(typed) > 100) {
                    problems.put("weight-" + weight.getKey(), "Enter the weight of " + names.get(weight.getKey())
                            + " as a number from 0 to 100, like 2 or 0.5");
                } else if (Double.parseDouble(typed) > 0) {
                    anyWeight = true;
                }
            }
            if (!anyWeight && problems.keySet().stream().noneMatch(k -> k.startsWith("weight-"))) {
                problems.put("weight-" + weights.keySet().iterator().next(), "Give at least one criterion a weight"
                        + " above 0");
            }
            if (revision < 0) {
                problems.put("revision", "The form was damaged: open it again");
            }
        }

        MatrixSettings.Sources sources() {
            Map<String, Double> parsed = new LinkedHashMap<>();
            weights.forEach((code, typed) -> parsed.put(code, Double.parseDouble(typed)));
            return new MatrixSettings.Sources(optionalLong(text.get("consultation")), optionalLong(text.get("scheme")),
                    text.get("crimeYear").isEmpty() ? null : Integer.parseInt(text.get("crimeYear")), parsed);
        }

        void addTo(Map<String, Object> model, List<Option> consultations, List<Option> schemes,
                   List<Option> crimeYears) {
            model.put("revision", revision);
            model.put("consultation", select("consultation", "Residents' concerns from",
                    "The consultation whose ranking of concerns is the residents' criterion", consultations,
                    "None", text.get("consultation"), problems));
            model.put("scheme", select("scheme", "Weighted by", "Its margins also give the population for rates"
                    + " per 1,000 residents", schemes, "None", text.get("scheme"), problems));
            model.put("crimeYear", select("crimeYear", "Police recorded crime for",
                    "Usually the plan year before this one. Import police data on the analysis pages", crimeYears,
                    "None", text.get("crimeYear"), problems));
            List<Map<String, Object>> weightFields = new ArrayList<>();
            weights.forEach((code, typed) -> weightFields.add(FormFields.input("weight-" + code, names.get(code),
                    typed, problems.get("weight-" + code)).with("classes", "govuk-input--width-4")
                    .with("inputmode", "decimal").with("spellcheck", false).map()));
            model.put("weights", weightFields);
            FormFields.summary(problems).ifPresent(summary -> model.put("errorSummary", summary));
            if (problems.containsKey("revision")) {
                model.put("revisionProblem", problems.get("revision"));
            }
        }
    }

    /** One of the partnership's own criteria, and its scores. */
    static final class Criterion {
        final Map<String, String> text = new LinkedHashMap<>();
        final Map<String, String> scores = new LinkedHashMap<>();
        final Map<String, String> problems = new LinkedHashMap<>();
        int revision;

        static Criterion blank(MatrixSettings.Setting setting) {
            Criterion form = new Criterion();
            form.revision = setting.revision();
            form.text.putAll(Map.of("name", "", "source", "", "direction", "higher", "weight", "1"));
            return form;
        }

        static Criterion of(MatrixSettings.Setting setting, MatrixSettings.CriterionSetting criterion) {
            Criterion form = new Criterion();
            form.revision = setting.revision();
            form.text.put("name", criterion.name());
            form.text.put("source", criterion.source());
            form.text.put("direction", criterion.higherIsPriority() ? "higher" : "lower");
            form.text.put("weight", MatrixPage.number(criterion.weight()));
            setting.scores().getOrDefault(criterion.code(), Map.of())
                    .forEach((concern, score) -> form.scores.put(concern, MatrixPage.number(score)));
            return form;
        }

        static Criterion posted(Map<String, List<String>> fields, boolean adding, List<String> concerns) {
            Criterion form = new Criterion();
            for (String name : List.of("name", "source", "direction", "weight", "revision")) {
                form.text.put(name, Optional.ofNullable(Forms.first(fields, name)).orElse("").trim());
            }
            form.revision = form.text.get("revision").matches("\\d{1,9}")
                    ? Integer.parseInt(form.text.get("revision")) : -1;
            for (String concern : concerns) {
                String typed = Optional.ofNullable(Forms.first(fields, "score-" + concern)).orElse("").trim();
                if (!typed.isEmpty()) {
                    form.scores.put(concern, typed);
                }
            }
            form.check(adding);
            return form;
        }

        private void check(boolean adding) {
            if (text.get("name").isEmpty() || text.get("name").length() > 120) {
                problems.put("name", "Enter the criterion's name, such as Capacity to act, in up to 120 characters");
            }
            if (text.get("source").length() > 500) {
                problems.put("source", "Say where the scores come from in up to 500 characters");
            }
            if (!List.of("higher", "lower").contains(text.get("direction"))) {
                problems.put("direction", "Choose whether a higher score makes a concern more of a priority");
            }
            String weight = text.get("weight");
            if (adding && (!weight.matches(NUMBER) || Double.parseDouble(weight) < 0
                    || Double.parseDouble(weight) > 100)) {
                problems.put("weight", "Enter the weight as a number from 0 to 100, like 1 or 0.5");
            }
            scores.forEach((concern, typed) -> {
                if (!typed.matches(NUMBER)) {
                    problems.put("score-" + concern, "Enter the score as a number, like 3 or 2.5, or leave it blank");
                }
            });
            if (revision < 0) {
                problems.put("revision", "The form was damaged: open it again");
            }
        }

        String name() {
            return text.get("name");
        }

        String source() {
            return text.get("source");
        }

        boolean higherIsPriority() {
            return text.get("direction").equals("higher");
        }

        double weight() {
            return Double.parseDouble(text.get("weight"));
        }

        Map<String, Double> scores() {
            Map<String, Double> parsed = new LinkedHashMap<>();
            scores.forEach((concern, typed) -> parsed.put(concern, Double.parseDouble(typed)));
            return parsed;
        }

        void addTo(Map<String, Object> model, List<Concern> concerns, boolean adding) {
            model.put("revision", revision);
            model.put("name", FormFields.input("name", "Name", text.get("name"), problems.get("name")).map());
            model.put("source", FormFields.input("source", "Where the scores come from", text.get("source"),
                    problems.get("source")).with("hint", Map.of("text", "For example: partners' self-assessment at "
                    + "the March workshop, scored 1 (little) to 5 (a great deal)")).map());
            Map<String, Object> direction = new LinkedHashMap<>();
            direction.put("name", "direction");
            direction.put("idPrefix", "direction");
            direction.put("fieldset", Map.of("legend", Map.of("text", "Which scores make a concern more of a"
                    + " priority?", "classes", "govuk-fieldset__legend--s")));
            direction.put("items", List.of(
                    Map.of("value", "higher", "text", "Higher scores", "checked",
                            text.get("direction").equals("higher")),
                    Map.of("value", "lower", "text", "Lower scores", "checked",
                            text.get("direction").equals("lower"))));
            if (problems.containsKey("direction")) {
                direction.put("errorMessage", Map.of("text", problems.get("direction")));
            }
            model.put("direction", direction);
            if (adding) {
                model.put("weight", FormFields.input("weight", "Weight", text.get("weight"), problems.get("weight"))
                        .with("classes", "govuk-input--width-4").with("inputmode", "decimal")
                        .with("hint", Map.of("text", "Compared with the other criteria's weights; 0 leaves it out"))
                        .map());
            }
            List<Map<String, Object>> scoreFields = new ArrayList<>();
            for (Concern concern : concerns) {
                scoreFields.add(FormFields.input("score-" + concern.code(), concern.name(),
                        scores.getOrDefault(concern.code(), ""), problems.get("score-" + concern.code()))
                        .with("classes", "govuk-input--width-4").with("inputmode", "decimal")
                        .with("label", Map.of("text", concern.name())).map());
            }
            model.put("scores", scoreFields);
            Map<String, String> links = new LinkedHashMap<>();
            problems.forEach((field, message) -> links.put(field.equals("direction") ? "direction" : field, message));
            FormFields.summary(links).ifPresent(summary -> model.put("errorSummary", summary));
            if (problems.containsKey("revision")) {
                model.put("revisionProblem", problems.get("revision"));
            }
        }
    }

    private static Map<String, Object> select(String name, String label, String hint, List<Option> options,
                                              String none, String chosen, Map<String, String> problems) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(Map.of("value", "", "text", none, "selected", chosen.isEmpty()));
        options.forEach(o -> items.add(Map.of("value", o.value(), "text", o.text(), "selected",
                o.value().equals(chosen))));
        Map<String, Object> select = new LinkedHashMap<>(Map.of("id", name, "name", name, "label",
                Map.of("text", label, "classes", "govuk-label--s"), "items", items));
        if (hint != null) {
            select.put("hint", Map.of("text", hint));
        }
        if (problems.containsKey(name)) {
            select.put("errorMessage", Map.of("text", problems.get(name)));
        }
        return select;
    }

    private static Long optionalLong(String text) {
        return text.isEmpty() ? null : Long.parseLong(text);
    }
}
