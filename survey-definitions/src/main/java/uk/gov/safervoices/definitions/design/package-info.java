/**
 * Designing questionnaires in an editor: immutable edit operations over definitions ({@link
 * uk.gov.safervoices.definitions.design.QuestionnaireEdits}, {@link uk.gov.safervoices.definitions.design.QuestionEdits}),
 * and the {@link uk.gov.safervoices.definitions.design.Designer}, which applies an edit, writes the file, runs the
 * loader's validator on it and says which question or section each error belongs to.
 */
package uk.gov.safervoices.definitions.design;
