/** The data package import of the caller's pemda ({@code /api/v1/paket-data}, issue 13 point 4). */
package id.akuntara.web.rest.paket;
