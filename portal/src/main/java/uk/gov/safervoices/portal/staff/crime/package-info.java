/**
 * Police recorded crime for the strategic assessment (issue 6's priority matrix): importing data.police.uk
 * street-level files, the crime type and LSOA mappings, and the indicators per concern and plan year. Analysts
 * import and edit; partnership members read.
 */
package uk.gov.safervoices.portal.staff.crime;
