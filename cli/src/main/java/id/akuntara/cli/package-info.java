/**
 * The command-line tool {@code akuntara}: picocli commands ({@code hitung}, {@code reviu}, {@code paket daftar |
 * hitung | periksa | kesetiaan}) and their text and JSON writers. Figures come from the measurement service
 * ({@code core.pengukuran}) and the reviu ({@code core.reviu}); only {@code hitung capaian}, the single-figure
 * calculator, calls the engine directly (CliArchitectureTest). Used by nobody else: the jar's entry point.
 */
package id.akuntara.cli;
