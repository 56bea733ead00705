package id.akuntara.core.application.organisasi;

/** A pegawai as saved: code, name, NIP as printed ("19641028 199003 1 009"; null without one), sex from the NIP. */
public record PegawaiRingkas(String kode, String nama, String nip, String jenisKelamin, String pangkat, String golongan) {
}
