package id.akuntara.web.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DisposisiUnduhanTest {

    @Test
    void namaBerkasAsliDanPenggantiAscii() {
        assertEquals("attachment; filename=\"LHE_AKIP 2020.pdf\"; filename*=UTF-8''LHE%E2%80%94AKIP%202020.pdf",
                DisposisiUnduhan.lampiran("LHE\u2014AKIP 2020.pdf"));
        assertEquals("attachment; filename=\"a_b.pdf\"; filename*=UTF-8''a%22b.pdf", DisposisiUnduhan.lampiran("a\"b.pdf"));
    }
}
