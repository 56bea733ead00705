/**
 * Reading text files strictly: UTF-8 decoded with errors reported by line and column ({@code TeksUtf8},
 * {@code BukanUtf8Exception}), never silently replaced. Pure Java; used by the reviu's worksheet parsers and the
 * data-package reader, and through them by the CLI and the server.
 */
package id.akuntara.core.teks;
