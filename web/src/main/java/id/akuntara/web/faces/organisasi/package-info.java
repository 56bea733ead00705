/** The organisation chart page ({@code organisasi.xhtml}, issue 13 point 1). */
package id.akuntara.web.faces.organisasi;
