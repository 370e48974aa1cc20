package uk.gov.safervoices.portal.survey;

/** HTML ids for form fields: the field key with dots made hyphens ({@code asb_problems.drugs} -> {@code asb_problems-drugs}). */
final class FieldIds {
    private FieldIds() {
    }

    static String of(String fieldKey) {
        return fieldKey.replace('.', '-');
    }
}
