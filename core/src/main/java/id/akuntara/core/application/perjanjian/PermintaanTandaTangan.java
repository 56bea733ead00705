package id.akuntara.core.application.perjanjian;

/** Signing a draft PK: {@code versi} is the record version the signer read (required; stale: 409). */
public record PermintaanTandaTangan(Long versi) {
}
