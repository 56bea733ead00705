/**
 * Reviu: recomputes the figures of a submitted report from a worksheet (CSV or XLSX with the columns
 * {@code jenis;id;induk;uraian;polaritas;target;realisasi;tercetak}) and lists what does not add up.
 * Pure Java on top of {@link id.akuntara.core.calc}; no {@code jakarta.*}, no Hibernate.
 */
package id.akuntara.core.reviu;
