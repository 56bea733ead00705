/**
 * Jakarta Faces backing beans of the web pages.
 *
 * <p>Web layer; uses core's application services and reads figures only through {@code core.pengukuran}
 * (WebArchitectureTest).
 */
package id.akuntara.web.faces;
