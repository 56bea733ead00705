/**
 * The anggaran page (anggaran.xhtml, issue 11 point 6): the budget tree with pagu, realisasi and serapan from
 * {@code AnggaranService}, the chart per program and the trace of every serapan. Read-only.
 */
package id.akuntara.web.faces.anggaran;
