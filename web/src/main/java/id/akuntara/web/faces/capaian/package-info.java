/**
 * The capaian page (capaian.xhtml, issue 11 point 6): a year's capaian per sasaran and indicator, band counts, the
 * charts and the trend over the Renstra years, every figure from {@code PengukuranService} with its trace. Read-only.
 */
package id.akuntara.web.faces.capaian;
