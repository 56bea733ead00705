/**
 * The REST API ({@code /api/v1}): resources, error mapping, messages.
 *
 * <p>Web layer; every HTTP method states its roles (deny by default), uses core's application services, never
 * core's infrastructure, and reads figures only through {@code core.pengukuran} (WebArchitectureTest).
 */
package id.akuntara.web.rest;
