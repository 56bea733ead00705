package id.akuntara.core.application.pemda;

import id.akuntara.core.application.pengguna.AkunPengguna;

/** The registered pemda, the plugin whose defaults its settings took, and its first admin's account. */
public record HasilOnboarding(RingkasanPemda pemda, String plugin, AkunPengguna admin) {
}
