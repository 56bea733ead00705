/**
 * The command-line tool {@code akuntara}: picocli commands ({@code hitung}, {@code reviu}, {@code paket daftar |
 * hitung | periksa | kesetiaan}, {@code laporan [pk]}) and their text and JSON writers; reports are rendered by
 * the {@code reports} module from the read model. Figures come from the measurement service
 * ({@code core.pengukuran}) and the reviu ({@code core.reviu}); only {@code hitung capaian}, the single-figure
 * calculator, calls the engine directly (CliArchitectureTest). Used by nobody else: the jar's entry point.
 */
package id.akuntara.cli;
