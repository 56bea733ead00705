/**
 * The Renstra & IKU page ({@code renstra.xhtml}): its view-scoped bean over core's {@code RenstraService} (versions,
 * the tree with targets per year and source, editing a draft, Perubahan Renstra) and the bean's row and input types.
 * Used by the page only; figures and rules stay in core.
 */
package id.akuntara.web.faces.rencana;
