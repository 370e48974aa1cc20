package uk.gov.safervoices.definitions.load;

import uk.gov.safervoices.definitions.model.Section;

import java.util.List;

/**
 * A section as written in a questionnaire file: either a page of questions ({@code section}), or an equality
 * section ({@code equality}) and the pages the loader made of it. {@code pages} are the model's sections either way.
 */
public record WrittenSection(Section section, EqualitySection equality, List<Section> pages) {

    public WrittenSection {
        pages = List.copyOf(pages);
        if ((section == null) == (equality == null)) {
            throw new IllegalArgumentException("A written section is either a page of questions or an equality section");
        }
    }

    public static WrittenSection of(Section section) {
        return new WrittenSection(section, null, List.of(section));
    }

    public static WrittenSection of(EqualitySection equality) {
        return new WrittenSection(null, equality, EqualitySections.expand(equality));
    }

    public String id() {
        return section != null ? section.id() : equality.id();
    }

    public boolean isEquality() {
        return equality != null;
    }
}
