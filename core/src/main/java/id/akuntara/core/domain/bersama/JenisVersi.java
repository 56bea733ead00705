package id.akuntara.core.domain.bersama;

/**
 * Original or revised document: Renstra Perubahan (domain.md cycle step 2) and PK Perubahan (kaltim-c
 * agreements, revised 20 August 2021 after Pergub 18/2021 and a change of officeholders).
 */
public enum JenisVersi {
    MURNI, PERUBAHAN
}
