package uk.gov.safervoices.definitions.load;

import uk.gov.safervoices.definitions.load.YamlLayout.Entries;
import uk.gov.safervoices.definitions.load.YamlLayout.Mapping;
import uk.gov.safervoices.definitions.load.YamlLayout.Sequence;
import uk.gov.safervoices.definitions.load.YamlLayout.Text;
import uk.gov.safervoices.definitions.load.YamlLayout.Value;
import uk.gov.safervoices.definitions.model.AgeBand;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;
import uk.gov.safervoices.definitions.model.WeightingMap;
import uk.gov.safervoices.definitions.model.WeightingVariable;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a questionnaire definition back as a questionnaire file, in the format survey-definitions/README.md
 * describes and the layout of the shipped files. What the loader resolved is written as it was written: a named
 * scale as {@code scale: <name>}, "Prefer not to say" as {@code prefer_not_to_say: true}, an equality section as
 * its {@code equality:} list, a lookup's wards as {@code from_lookup}. Defaults are written out ({@code kind},
 * {@code max_length}, {@code mode}). Comments of a file that was read are not kept.
 *
 * <p>For every valid file, reading what this writes gives the same definition (positions apart), and writing that
 * again gives the same text.
 */
public final class QuestionnaireWriter {

    private QuestionnaireWriter() {
    }

    public static String write(Questionnaire questionnaire) {
        Entries top = new Entries()
                .text("id", questionnaire.id())
                .raw("kind", questionnaire.kind() == null ? null : questionnaire.kind().name().toLowerCase(Locale.ROOT))
                .text("title", questionnaire.title())
                .text("summary", questionnaire.summary());
        top.blank().text("intro", questionnaire.intro());
        top.blank().text("outro", questionnaire.outro());
        top.blank().text("privacy_notice", questionnaire.privacyNotice());
        if (!questionnaire.scales().isEmpty()) {
            Entries scales = new Entries();
            questionnaire.scales().forEach((name, points) -> scales.named(name, choices(points, null)));
            top.blank().add("scales", scales.block());
        }
        if (!questionnaire.weightingVariables().isEmpty()) {
            top.blank().add("weighting", new Sequence(questionnaire.weightingVariables().stream()
                    .map(QuestionnaireWriter::variable).toList(), false, false));
        }
        List<Value> sections = EqualitySections.asWritten(questionnaire.sections()).stream()
                .map(s -> s.isEquality() ? equality(s.equality(), s.pages()) : section(s.section(), questionnaire.scales()))
                .toList();
        top.blank().add("sections", new Sequence(sections, false, true));
        return YamlLayout.write(top.block());
    }

    private static Value variable(WeightingVariable variable) {
        Entries entries = new Entries().text("id", variable.id()).text("label", variable.label());
        if (variable.fromLookup() != null) {
            entries.text("from_lookup", variable.fromLookup());
        } else {
            entries.add("categories", texts(variable.categories()));
        }
        return entries.block();
    }

    private static Value section(Section section, Map<String, List<Choice>> scales) {
        return new Entries()
                .text("id", section.id())
                .text("title", section.title())
                .text("intro", section.intro())
                .text("show_if", section.showIf() == null ? null : section.showIf().source())
                .add("questions", new Sequence(section.questions().stream().map(q -> question(q, scales))
                        .toList(), false, false))
                .block();
    }

    private static Value equality(EqualitySection section, List<Section> pages) {
        Entries entries = new Entries()
                .text("id", section.id())
                .text("title", section.title())
                .text("intro", section.intro())
                .text("show_if", section.showIf() == null ? null : section.showIf().source())
                .add("equality", texts(section.standardIds()));
        if (!section.weighting().isEmpty()) {
            Entries weighting = new Entries();
            section.weighting().forEach((questionId, map) -> weighting.named(questionId, weighting(map,
                    pages.stream().flatMap(p -> p.questions().stream()).filter(q -> q.id().equals(questionId))
                            .findFirst().map(Question::choices).orElse(List.of()))));
            entries.add("weighting", weighting.block());
        }
        return entries.block();
    }

    private static Value question(Question q, Map<String, List<Choice>> scales) {
        Entries entries = new Entries()
                .text("id", q.id())
                .raw("type", q.type().yamlName())
                .text("text", q.text())
                .text("hint", q.hint())
                .flag("required", q.required())
                .text("show_if", q.showIf() == null ? null : q.showIf().source());
        List<Choice> choices = q.choices();
        boolean preferNotToSay = q.preferNotToSay();
        if (q.type().offersPreferNotToSayAsChoice()) {
            List<Choice> source = q.scale() == null ? choices : scales.getOrDefault(q.scale(), List.of());
            long written = source.stream().filter(c -> c.id().equals(Choice.PREFER_NOT_TO_SAY)).count();
            if (q.scale() == null && written == 1 && choices.get(choices.size() - 1).isAddedPreferNotToSay(q.type())) {
                choices = choices.subList(0, choices.size() - 1);
                preferNotToSay = true;
            } else if (written > 0) {
                preferNotToSay = false; // a choice written with that id stands for the flag
            }
        }
        entries.flag("prefer_not_to_say", preferNotToSay);
        switch (q.type()) {
            case SINGLE_CHOICE -> entries.add("choices", choices(choices, q.type()));
            case MULTIPLE_CHOICE -> entries.raw("max_selections", q.maxSelections())
                    .add("choices", choices(choices, q.type()));
            case RANKING -> entries.raw("rank", q.rankCount()).add("choices", choices(choices, q.type()));
            case SCALE, GRID -> {
                if (q.scale() != null) {
                    entries.text("scale", q.scale());
                }
                if (q.type() == QuestionType.GRID) {
                    entries.add("items", new Sequence(q.items().stream().map(QuestionnaireWriter::item).toList(),
                            false, false));
                }
                if (q.scale() == null) {
                    entries.add("choices", choices(choices, q.type()));
                }
            }
            case SHORT_TEXT, LONG_TEXT -> entries.raw("max_length", q.maxLength());
            case WHOLE_NUMBER -> entries.raw("min", q.min()).raw("max", q.max());
            case DATE -> entries.raw("earliest", q.earliest()).raw("latest", q.latestToday() ? "today" : q.latest());
            case AREA -> entries.text("lookup", q.lookup()).raw("mode",
                    q.areaMode() == null ? null : q.areaMode().name().toLowerCase(Locale.ROOT));
            default -> throw new IllegalStateException("Unhandled type " + q.type());
        }
        if (q.weighting() != null) {
            entries.add("weighting", weighting(q.weighting(), q.choices()));
        }
        return entries.block();
    }

    /** A list of choices: each on one line in braces when it fits. {@code type} is null for a named scale. */
    private static Value choices(List<Choice> choices, QuestionType type) {
        return new Sequence(choices.stream().map(c -> (Value) new Entries()
                .text("id", c.id())
                .text("label", c.label())
                .text("hint", c.hint())
                .raw("score", c.score())
                .flag("exclusive", c.exclusive())
                .flag("dont_know", c.dontKnow())
                .flag("specify", c.specify())
                .text("concern", c.concern())
                .flow()).toList(), false, false);
    }

    private static Value item(GridItem item) {
        return new Entries().text("id", item.id()).text("label", item.label()).text("concern", item.concern()).flow();
    }

    /** A weighting map; choice entries in the order of the question's choices, so the text does not vary. */
    private static Value weighting(WeightingMap map, List<Choice> questionChoices) {
        Entries entries = new Entries().text("variable", map.variable());
        if (map.area()) {
            entries.flag("area", true);
        } else if (!map.bands().isEmpty()) {
            entries.add("bands", new Sequence(map.bands().stream().map(QuestionnaireWriter::band).toList(),
                    false, false));
        } else {
            Entries choices = new Entries();
            List<String> order = questionChoices.stream().map(Choice::id).toList();
            map.choices().entrySet().stream()
                    .sorted(Comparator.comparingInt(e -> order.contains(e.getKey()) ? order.indexOf(e.getKey())
                            : order.size()))
                    .forEach(e -> choices.named(e.getKey(), new Text(e.getValue())));
            entries.add("choices", choices.flow());
        }
        return map.bands().isEmpty() ? entries.flow() : entries.block();
    }

    private static Value band(AgeBand band) {
        return new Entries().raw("min", band.min()).raw("max", band.max()).text("category", band.category()).flow();
    }

    private static Sequence texts(List<String> values) {
        return new Sequence(values.stream().map(v -> (Value) new Text(v)).toList(), true, false);
    }
}
