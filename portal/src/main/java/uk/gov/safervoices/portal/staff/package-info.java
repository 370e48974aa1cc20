/**
 * The staff back office shell: sign-in, roles, layout and navigation for every page under {@code /admin}
 * (docs/adr/0007-staff-authentication.md, 0008-staff-notices-after-redirect.md).
 *
 * <h2>Adding a staff page</h2>
 * <ol>
 *   <li>Add its URL to {@link uk.gov.safervoices.portal.staff.StaffRoutes} and, if it starts a new section, set
 *       that section's path in {@link uk.gov.safervoices.portal.staff.StaffSection} (it then appears in the
 *       navigation and on the dashboard of the people whose roles allow it).</li>
 *   <li>Write a package-private controller in a feature package ({@code staff.questionnaires}...) with
 *       {@code @Secured(StaffAccess.CONSULTATION)} (or another {@link uk.gov.safervoices.portal.staff.StaffAccess}
 *       constant; several roles mean any one of them) and {@code @Produces(MediaType.TEXT_HTML)}. A route without
 *       {@code @Secured} is refused to everyone.</li>
 *   <li>Take the signed-in person as a parameter: {@code StaffUser user}. {@code user.actor()} is the name to give
 *       {@code AuditLog.record(user.actor(), ...)}; {@code user.has(Role.ADMIN)} shows or hides a link.</li>
 *   <li>Build the model in one call: {@code Map<String, Object> model = staffPages.model(request, "Page title");}
 *       ({@link uk.gov.safervoices.portal.staff.StaffPages}) holds the person, their navigation, the CSRF token
 *       ({@code csrfToken}) and any notice; add your own entries to it.</li>
 *   <li>Write the view with the staff layout:
 *       <pre>{@code {{#partial "content"}}...{{/partial}}
 * {{> views/staff/layout}}}</pre>
 *       ({@code {{#partial "beforeContent"}}} for a back link). Every form carries
 *       {@code <input type="hidden" name="csrfToken" value="{{csrfToken}}">}.</li>
 *   <li>Read posted forms with {@link uk.gov.safervoices.portal.staff.StaffForms#read} (refuses a missing or wrong
 *       CSRF token with the staff 403 page); {@link uk.gov.safervoices.portal.staff.FormFields} builds GOV.UK
 *       input and error summary parameters. After a successful POST answer {@code HttpResponse.seeOther(...)},
 *       with {@code .cookie(staffFlash.cookie(StaffFlash.Notice.of("Questionnaire published")))} for a success
 *       banner on the next page.</li>
 *   <li>Add the route's row to {@code StaffRouteMatrixTest}: it fails until every route under {@code /admin} has
 *       one.</li>
 * </ol>
 */
package uk.gov.safervoices.portal.staff;
