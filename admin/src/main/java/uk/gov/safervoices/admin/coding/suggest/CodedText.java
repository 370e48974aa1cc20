package uk.gov.safervoices.admin.coding.suggest;

/** An answer an analyst has already given a code: what suggestions learn from. */
public record CodedText(String code, String text) {
}
