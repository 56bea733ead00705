package id.akuntara.core.application;

import id.akuntara.core.pengukuran.KinerjaTahunan;

import java.util.Optional;

/**
 * A year's figures with where they come from: computed now from the stored data, drafts included, while the year is
 * open ({@code penetapan} empty); read from the snapshot stored when the year was fixed otherwise, which later
 * changes to data, rules or settings do not alter (architecture.md "Calculations").
 */
public record KinerjaBersumber(KinerjaTahunan kinerja, Optional<PenetapanKinerja> penetapan) {

    /** {@code snapshot} for a fixed year, {@code langsung} for figures computed now. */
    public String asal() {
        return penetapan.isPresent() ? "snapshot" : "langsung";
    }

    /** Whether the year is fixed: its figures and the data they come from no longer change. */
    public boolean ditetapkan() {
        return penetapan.isPresent();
    }
}
