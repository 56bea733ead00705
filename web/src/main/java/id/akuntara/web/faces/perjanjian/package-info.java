/**
 * The Perjanjian Kinerja page ({@code perjanjian.xhtml}): its view-scoped bean over core's
 * {@code PerjanjianKinerjaService} (the year's cascade tree, one PK in full with its cascade check, signing, PK
 * Perubahan) and the tree's node type. Used by the page only; rules and sums stay in core.
 */
package id.akuntara.web.faces.perjanjian;
