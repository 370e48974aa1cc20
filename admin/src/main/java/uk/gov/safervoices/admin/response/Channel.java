package uk.gov.safervoices.admin.response;

/** How a response reached us. */
public enum Channel { ONLINE, PAPER, MEETING }
