package id.akuntara.core.pengukuran;

import id.akuntara.core.paket.PaketData;

/**
 * Where the measurement reads a pemda's data from: the port of the one measurement path. Its input model is the
 * data package ({@link PaketData}), the platform's id-free view of one pemda's data. Two adapters: a data package
 * read from a file ({@link #paket}, the CLI) and the stored entities of the current tenant
 * ({@code infrastructure.pengukuran.SumberTersimpan}, the server).
 */
@FunctionalInterface
public interface SumberPengukuran {

    /** The pemda's data. */
    PaketData data();

    /** A data package already read and checked. */
    static SumberPengukuran paket(PaketData data) {
        return () -> data;
    }
}
