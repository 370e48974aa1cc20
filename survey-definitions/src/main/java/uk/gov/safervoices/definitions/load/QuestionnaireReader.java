package uk.gov.safervoices.definitions.load;

import org.yaml.snakeyaml.nodes.Node;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the top level of a questionnaire file: its id and texts, scales, weighting variables and sections. */
final class QuestionnaireReader {

    static final List<String> KEYS = List.of("id", "kind", "title", "summary", "intro", "outro", "privacy_notice",
            "scales", "weighting", "sections");
    private static final List<String> KINDS = List.of("survey", "meeting_feedback");

    private QuestionnaireReader() {
    }

    static Questionnaire read(YamlMap top, LoadContext context) {
        Problems problems = context.problems();
        top.allowOnly(KEYS);
        String id = top.requiredText("id");
        if (id != null && Ids.checkKebab(id, "questionnaire id", top.node("id"), problems)) {
            FileNames.checkIdIsFileName(id, top.node("id"), problems, "questionnaire");
        }
        Questionnaire.Kind kind = Questionnaire.Kind.SURVEY;
        String kindName = top.text("kind").orElse("survey");
        if (KINDS.contains(kindName)) {
            kind = Questionnaire.Kind.valueOf(kindName.toUpperCase(Locale.ROOT));
        } else {
            problems.add(ErrorCode.SV016, top.node("kind"), null, "\"" + kindName + "\" is not a kind of "
                    + "questionnaire." + Suggestions.didYouMean(kindName, KINDS) + " Use survey or meeting_feedback.");
        }
        String title = top.requiredText("title");
        String privacyNotice = top.requiredText("privacy_notice");
        ScaleReader.read(top, context);
        WeightingVariableReader.read(top, context);
        List<Section> sections = new ArrayList<>();
        for (Node node : QuestionDetails.requiredList(top, "sections", "sections").orElse(List.of())) {
            sections.addAll(SectionReader.read(node, context));
        }
        return new Questionnaire(id, kind, title, top.text("summary").orElse(null), top.text("intro").orElse(null),
                top.text("outro").orElse(null), privacyNotice, context.scales(),
                context.variables().values().stream().map(LoadContext.Variable::variable).toList(),
                List.copyOf(sections), problems.file());
    }
}
