/**
 * The pemda's own settings (issue 13 point 3): read by every pemda role with the configuration layer each value comes
 * from, changed by {@code admin-pemda} with every invalid field refused at once, audited by Envers.
 */
package id.akuntara.core.application.pengaturan;
