/**
 * {@code /api/v1/anggaran}: the caller's pemda's budget tree of a year with serapan from the measurement service,
 * one line, creating and editing a line, and a quarter's realisation, through core's {@code AnggaranService}.
 */
package id.akuntara.web.rest.anggaran;
