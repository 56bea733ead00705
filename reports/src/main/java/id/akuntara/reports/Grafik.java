package id.akuntara.reports;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's charts, drawn in Java as PNG images so that they look the same in PDF, DOCX and XLSX: a horizontal
 * bar chart (capaian per sasaran, serapan per program) and the organisation chart. A bar's length follows the read
 * model's value and its label is the read model's {@code tampil} string: nothing is computed or rounded here. Text
 * in DejaVu Sans from the JasperReports font extension (the same font as the tables), so no system font is needed.
 */
final class Grafik {

    /** Width of a chart in report points (the text column of the A4 page). */
    static final int LEBAR_PT = 483;
    /** Pixels per point: 2.5 gives about 180 dpi, sharp in print and small enough. */
    private static final double SKALA = 2.5;

    private static final Color GARIS = new Color(0x33, 0x33, 0x33);
    private static final Color BATANG = new Color(0x2F, 0x5C, 0x8A);
    private static final Color BATANG_LALU = new Color(0x9D, 0xB6, 0xD3);
    private static final Color BATANG_KOSONG = new Color(0xBB, 0xBB, 0xBB);
    private static final Color ACUAN = new Color(0xB0, 0x30, 0x30);
    private static final Color KOTAK_ATAS = new Color(0xDC, 0xE3, 0xEC);
    private static final Font HURUF = huruf("DejaVuSans.ttf");
    private static final Font HURUF_TEBAL = huruf("DejaVuSans-Bold.ttf");

    private Grafik() {
    }

    /** A drawn chart: PNG bytes and the height it takes at {@link #LEBAR_PT} points wide. */
    record Gambar(byte[] png, int tinggiPt) {
    }

    /**
     * One bar: its label, the value that sets its length (null: no value, drawn as an empty bar), and the text
     * printed beside it (the read model's {@code tampil}, or "–").
     */
    record Batang(String label, BigDecimal nilai, String tampil) {
    }

    /**
     * Horizontal bars, one per row, the scale from 0 to the largest value (at least {@code acuan}); a dashed line
     * marks {@code acuan} (100 % for capaian and serapan) when it is given.
     */
    static Gambar batang(List<Batang> batang, BigDecimal acuan, String labelAcuan) {
        int barisPt = 20;
        int labelPt = 190;
        int nilaiPt = 46;
        int tinggiPt = 14 + batang.size() * barisPt + 22;
        Kanvas k = new Kanvas(LEBAR_PT, tinggiPt);
        Graphics2D g = k.g;
        double maks = acuan == null ? 0 : acuan.doubleValue();
        for (Batang b : batang) {
            if (b.nilai() != null) {
                maks = Math.max(maks, b.nilai().doubleValue());
            }
        }
        maks = maks <= 0 ? 1 : maks * 1.05;
        double x0 = labelPt;
        double lebarBatang = LEBAR_PT - labelPt - nilaiPt - 6;
        Font huruf = HURUF.deriveFont(7.5f);
        g.setFont(huruf);
        FontMetrics fm = g.getFontMetrics();
        double y = 10;
        for (Batang b : batang) {
            List<String> baris = bungkus(b.label(), fm, labelPt - 8, 2);
            double ty = y + barisPt / 2.0 - (baris.size() - 1) * fm.getHeight() / 2.0 + fm.getAscent() / 2.0 - 1;
            g.setColor(GARIS);
            for (String s : baris) {
                g.drawString(s, (float) (labelPt - 6 - fm.stringWidth(s)), (float) ty);
                ty += fm.getHeight();
            }
            double panjang = b.nilai() == null ? 0 : Math.max(0, b.nilai().doubleValue()) / maks * lebarBatang;
            Rectangle2D r = new Rectangle2D.Double(x0, y + 4, b.nilai() == null ? 3 : Math.max(panjang, 0.5), barisPt - 8);
            g.setColor(b.nilai() == null ? BATANG_KOSONG : BATANG);
            g.fill(r);
            g.setColor(GARIS);
            g.drawString(b.tampil() == null ? BarisLaporan.KOSONG : b.tampil(), (float) (x0 + r.getWidth() + 4),
                    (float) (y + barisPt / 2.0 + fm.getAscent() / 2.0 - 1));
            y += barisPt;
        }
        g.setStroke(new BasicStroke(0.6f));
        g.setColor(GARIS);
        g.draw(new Line2D.Double(x0, 8, x0, y + 2));
        if (acuan != null) {
            double xa = x0 + acuan.doubleValue() / maks * lebarBatang;
            g.setColor(ACUAN);
            g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f));
            g.draw(new Line2D.Double(xa, 6, xa, y + 4));
            g.setFont(HURUF.deriveFont(7f));
            String t = labelAcuan;
            g.drawString(t, (float) (xa - g.getFontMetrics().stringWidth(t) / 2.0), (float) (y + 14));
        }
        return k.png();
    }

    /** At most this many indicators in one trend chart (two columns of twelve: one page). */
    static final int TREN_MAKS = 24;

    /** One indicator of the trend chart: its label and one bar per year (label = the year). */
    record Seri(String label, List<Batang> tahun) {
    }

    /**
     * The trend over the plan's years: per indicator (two columns) its name and one bar per year, the bar's length
     * the year's progress towards the Renstra end target (read model's value, its {@code tampil} beside it), a dashed
     * line at 100 % = the end target; the report's year darkest. The scale runs to the largest value, at least 100
     * and at most 200 (a longer bar is cut at the edge, its value still printed).
     */
    static Gambar tren(List<Seri> seri, String labelAcuan) {
        int kolom = seri.size() > 1 ? 2 : 1;
        double celah = 14;
        double lebarKolom = (LEBAR_PT - (kolom - 1) * celah) / kolom;
        int tahunMaks = seri.stream().mapToInt(s -> s.tahun().size()).max().orElse(1);
        double barisPt = 10;
        double kepalaPt = 19;
        double tinggiSeri = kepalaPt + tahunMaks * barisPt + 8;
        int barisan = (seri.size() + kolom - 1) / kolom;
        int tinggiPt = (int) Math.ceil(6 + barisan * tinggiSeri + 18);
        Kanvas k = new Kanvas(LEBAR_PT, tinggiPt);
        Graphics2D g = k.g;
        double maks = 100;
        for (Seri s : seri) {
            for (Batang b : s.tahun()) {
                if (b.nilai() != null) {
                    maks = Math.max(maks, b.nilai().doubleValue());
                }
            }
        }
        maks = Math.min(maks, 200) * 1.05;
        Font huruf = HURUF.deriveFont(6.5f);
        Font hurufTebal = HURUF_TEBAL.deriveFont(6.8f);
        BasicStroke putus = new BasicStroke(0.7f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2.5f, 1.8f}, 0f);
        for (int n = 0; n < seri.size(); n++) {
            Seri s = seri.get(n);
            double x = (n % kolom) * (lebarKolom + celah);
            double y = 6 + (n / kolom) * tinggiSeri;
            g.setFont(hurufTebal);
            FontMetrics fmTebal = g.getFontMetrics();
            g.setColor(GARIS);
            double ty = y + fmTebal.getAscent();
            for (String t : bungkus(s.label(), fmTebal, lebarKolom, 2)) {
                g.drawString(t, (float) x, (float) ty);
                ty += fmTebal.getHeight() - 1;
            }
            g.setFont(huruf);
            FontMetrics fm = g.getFontMetrics();
            double xBatang = x + 24;
            double lebarBatang = lebarKolom - 24 - 36;
            double yb = y + kepalaPt;
            for (int i = 0; i < s.tahun().size(); i++) {
                Batang b = s.tahun().get(i);
                boolean kini = i == s.tahun().size() - 1;
                g.setColor(GARIS);
                g.drawString(b.label(), (float) x, (float) (yb + barisPt / 2 + fm.getAscent() / 2.0 - 1));
                double panjang = b.nilai() == null ? 2 : Math.max(0.5,
                        Math.min(Math.max(0, b.nilai().doubleValue()), maks) / maks * lebarBatang);
                g.setColor(b.nilai() == null ? BATANG_KOSONG : kini ? BATANG : BATANG_LALU);
                g.fill(new Rectangle2D.Double(xBatang, yb + 1.5, panjang, barisPt - 3));
                g.setColor(GARIS);
                g.drawString(b.tampil() == null ? BarisLaporan.KOSONG : b.tampil(), (float) (xBatang + panjang + 3),
                        (float) (yb + barisPt / 2 + fm.getAscent() / 2.0 - 1));
                yb += barisPt;
            }
            g.setStroke(new BasicStroke(0.5f));
            g.setColor(GARIS);
            g.draw(new Line2D.Double(xBatang, y + kepalaPt, xBatang, yb));
            double xa = xBatang + 100 / maks * lebarBatang;
            g.setColor(ACUAN);
            g.setStroke(putus);
            g.draw(new Line2D.Double(xa, y + kepalaPt - 1, xa, yb + 1));
        }
        // the legend: the dashed line is the Renstra end target
        double yl = tinggiPt - 7;
        g.setColor(ACUAN);
        g.setStroke(putus);
        g.draw(new Line2D.Double(0, yl - 2.5, 14, yl - 2.5));
        g.setColor(GARIS);
        g.setFont(huruf);
        g.drawString(labelAcuan, 18f, (float) yl);
        return k.png();
    }

    /**
     * The neutral emblem of a pemda without a logo of its own: a plain shield with a five-pointed star and the
     * pemda's name on a ribbon below it, drawn here (no image of a real coat of arms is shipped).
     */
    static byte[] lambang(String namaPemda) {
        int lebarPt = 90;
        int tinggiPt = 100;
        Kanvas k = new Kanvas(lebarPt, tinggiPt);
        Graphics2D g = k.g;
        java.awt.geom.Path2D perisai = new java.awt.geom.Path2D.Double();
        double x0 = 15;
        double x1 = 75;
        perisai.moveTo(x0, 6);
        perisai.lineTo(x1, 6);
        perisai.lineTo(x1, 44);
        perisai.curveTo(x1, 62, 58, 72, 45, 80);
        perisai.curveTo(32, 72, x0, 62, x0, 44);
        perisai.closePath();
        g.setColor(new Color(0x1F, 0x3F, 0x66));
        g.fill(perisai);
        g.setColor(new Color(0xC9, 0xA2, 0x27));
        g.setStroke(new BasicStroke(2.2f));
        g.draw(perisai);
        java.awt.geom.Path2D bintang = new java.awt.geom.Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? 15 : 6.2;
            double sudut = -Math.PI / 2 + i * Math.PI / 5;
            double bx = 45 + r * Math.cos(sudut);
            double by = 38 + r * Math.sin(sudut);
            if (i == 0) {
                bintang.moveTo(bx, by);
            } else {
                bintang.lineTo(bx, by);
            }
        }
        bintang.closePath();
        g.fill(bintang);
        // the ribbon with the pemda's name
        String nama = namaPemda == null ? "" : namaPemda.replaceFirst("^(?i)(Kota|Kabupaten|Provinsi)\\s+", "")
                .toUpperCase(java.util.Locale.ROOT);
        Font f = HURUF_TEBAL.deriveFont(7f);
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics();
        while (fm.stringWidth(nama) > lebarPt - 8 && f.getSize2D() > 4.2f) {
            f = f.deriveFont(f.getSize2D() - 0.3f);
            g.setFont(f);
            fm = g.getFontMetrics();
        }
        Rectangle2D pita = new Rectangle2D.Double(2, 84, lebarPt - 4, 13);
        g.setColor(new Color(0xC9, 0xA2, 0x27));
        g.fill(pita);
        g.setColor(Color.WHITE);
        g.drawString(potong(nama, fm, lebarPt - 8), (float) ((lebarPt - fm.stringWidth(potong(nama, fm, lebarPt - 8))) / 2.0),
                (float) (84 + 6.5 + fm.getAscent() / 2.0 - 0.8));
        return k.png().png();
    }

    /**
     * The organisation chart: the top unit, the units under it side by side (wrapped into rows of at most four),
     * and under each of those its own units stacked, each box with the unit's name and, below the chart's depth, how
     * many units it holds further down ("3 bagian, 9 subbagian"), so a deep tree stays one page.
     */
    static Gambar bagan(BahanLaporan.Organisasi org, java.util.function.Function<String, String> jenisJamak) {
        List<BahanLaporan.Unit> akar = org.unit().stream().filter(u -> u.induk() == null || org.unit().stream()
                .noneMatch(x -> x.kode().equals(u.induk()))).toList();
        if (akar.isEmpty()) {
            return null;
        }
        BahanLaporan.Unit puncak = akar.get(0);
        List<BahanLaporan.Unit> tingkat1 = anak(org, puncak.kode());
        int kolom = Math.min(4, Math.max(1, tingkat1.size()));
        double celah = 8;
        double lebarKotak = (LEBAR_PT - (kolom - 1) * celah) / kolom;
        double tinggiKotak = 34;
        double tinggiAnak = 30;
        Font huruf = HURUF.deriveFont(6.5f);
        Font hurufTebal = HURUF_TEBAL.deriveFont(7f);

        // layout first: rows of level-1 units with their children stacked below
        List<List<BahanLaporan.Unit>> barisan = new ArrayList<>();
        for (int i = 0; i < tingkat1.size(); i += kolom) {
            barisan.add(tingkat1.subList(i, Math.min(tingkat1.size(), i + kolom)));
        }
        double y = 0;
        double atasPuncak = 0;
        y += tinggiKotak + 22;
        List<double[]> posisiBaris = new ArrayList<>();
        for (List<BahanLaporan.Unit> baris : barisan) {
            int maksAnak = baris.stream().mapToInt(u -> anak(org, u.kode()).size()).max().orElse(0);
            double tinggi = tinggiKotak + maksAnak * (tinggiAnak + 4) + 18;
            posisiBaris.add(new double[] {y, tinggi});
            y += tinggi;
        }
        int tinggiPt = (int) Math.ceil(y + 4);
        Kanvas k = new Kanvas(LEBAR_PT, tinggiPt);
        Graphics2D g = k.g;
        g.setStroke(new BasicStroke(0.7f));
        double lebarPuncak = Math.min(220, LEBAR_PT);
        double xPuncak = (LEBAR_PT - lebarPuncak) / 2;
        kotak(g, xPuncak, atasPuncak, lebarPuncak, tinggiKotak, puncak.nama(), null, hurufTebal, huruf, true);
        double xTengah = LEBAR_PT / 2.0;
        // the trunk runs down the middle: with more than one row there are four columns, so it runs between the
        // second and the third and crosses no box
        double batang = xTengah;
        double bawahBatang = posisiBaris.isEmpty() ? tinggiKotak : posisiBaris.get(posisiBaris.size() - 1)[0] - 10;
        if (!posisiBaris.isEmpty()) {
            g.setColor(GARIS);
            g.draw(new Line2D.Double(batang, tinggiKotak, batang, bawahBatang));
        }
        for (int r = 0; r < barisan.size(); r++) {
            List<BahanLaporan.Unit> baris = barisan.get(r);
            double yBaris = posisiBaris.get(r)[0];
            double lebarIsi = baris.size() * lebarKotak + (baris.size() - 1) * celah;
            double xAwal = (LEBAR_PT - (kolom * lebarKotak + (kolom - 1) * celah)) / 2;
            double xPertama = xAwal + lebarKotak / 2;
            double xTerakhir = xAwal + (baris.size() - 1) * (lebarKotak + celah) + lebarKotak / 2;
            g.setColor(GARIS);
            double yBus = yBaris - 10;
            g.draw(new Line2D.Double(Math.min(xPertama, batang), yBus, Math.max(xTerakhir, batang), yBus));
            for (int c = 0; c < baris.size(); c++) {
                BahanLaporan.Unit u = baris.get(c);
                double x = xAwal + c * (lebarKotak + celah);
                g.setColor(GARIS);
                g.draw(new Line2D.Double(x + lebarKotak / 2, yBus, x + lebarKotak / 2, yBaris));
                kotak(g, x, yBaris, lebarKotak, tinggiKotak, u.nama(), null, hurufTebal, huruf, true);
                List<BahanLaporan.Unit> anak = anak(org, u.kode());
                double ya = yBaris + tinggiKotak + 4;
                double xa = x + 10;
                for (BahanLaporan.Unit a : anak) {
                    g.setColor(GARIS);
                    g.draw(new Line2D.Double(x + 5, ya - 4, x + 5, ya + tinggiAnak / 2));
                    g.draw(new Line2D.Double(x + 5, ya + tinggiAnak / 2, xa, ya + tinggiAnak / 2));
                    kotak(g, xa, ya, lebarKotak - 10, tinggiAnak, a.nama(), rincian(org, a.kode(), jenisJamak),
                            huruf, huruf.deriveFont(6f), false);
                    ya += tinggiAnak + 4;
                }
            }
            if (lebarIsi <= 0) {
                break;
            }
        }
        return k.png();
    }

    private static List<BahanLaporan.Unit> anak(BahanLaporan.Organisasi org, String induk) {
        return org.unit().stream().filter(u -> induk.equals(u.induk())).toList();
    }

    /** What a unit holds below the chart's depth, by kind in the data's order: "3 bagian, 9 subbagian". */
    private static String rincian(BahanLaporan.Organisasi org, String kode,
            java.util.function.Function<String, String> jenisJamak) {
        java.util.Map<String, Integer> hitung = new java.util.LinkedHashMap<>();
        java.util.Deque<String> antre = new java.util.ArrayDeque<>(List.of(kode));
        while (!antre.isEmpty()) {
            for (BahanLaporan.Unit u : anak(org, antre.pop())) {
                hitung.merge(u.jenis(), 1, Integer::sum);
                antre.add(u.kode());
            }
        }
        if (hitung.isEmpty()) {
            return null;
        }
        List<String> bagian = new ArrayList<>();
        hitung.forEach((jenis, n) -> bagian.add(n + " " + jenisJamak.apply(jenis)));
        return String.join(", ", bagian);
    }

    private static void kotak(Graphics2D g, double x, double y, double w, double h, String nama, String rincian,
            Font huruf, Font hurufKecil, boolean atas) {
        Rectangle2D r = new Rectangle2D.Double(x, y, w, h);
        g.setColor(atas ? KOTAK_ATAS : Color.WHITE);
        g.fill(r);
        g.setColor(GARIS);
        g.draw(r);
        g.setFont(huruf);
        FontMetrics fm = g.getFontMetrics();
        int maksBaris = rincian == null ? 3 : 2;
        List<String> baris = bungkus(nama, fm, w - 6, maksBaris);
        FontMetrics fmKecil = g.getFontMetrics(hurufKecil);
        double tinggiTeks = baris.size() * fm.getHeight() + (rincian == null ? 0 : fmKecil.getHeight());
        double ty = y + (h - tinggiTeks) / 2 + fm.getAscent();
        for (String s : baris) {
            g.drawString(s, (float) (x + (w - fm.stringWidth(s)) / 2), (float) ty);
            ty += fm.getHeight();
        }
        if (rincian != null) {
            g.setFont(hurufKecil);
            g.setColor(new Color(0x55, 0x55, 0x55));
            String s = potong(rincian, fmKecil, w - 6);
            g.drawString(s, (float) (x + (w - fmKecil.stringWidth(s)) / 2), (float) (ty - fm.getAscent() + fmKecil.getAscent()));
        }
    }

    /** Words wrapped into at most {@code maks} lines of {@code lebar} points; the last line ends in "…" if cut. */
    static List<String> bungkus(String teks, FontMetrics fm, double lebar, int maks) {
        List<String> baris = new ArrayList<>();
        StringBuilder kini = new StringBuilder();
        String[] kata = teks == null ? new String[0] : teks.strip().split("\\s+");
        for (int i = 0; i < kata.length; i++) {
            String coba = kini.isEmpty() ? kata[i] : kini + " " + kata[i];
            if (fm.stringWidth(coba) <= lebar || kini.isEmpty()) {
                kini = new StringBuilder(coba);
            } else {
                baris.add(kini.toString());
                kini = new StringBuilder(kata[i]);
            }
            if (baris.size() == maks) {
                String sisa = String.join(" ", java.util.Arrays.copyOfRange(kata, i, kata.length));
                baris.set(maks - 1, potong(baris.get(maks - 1) + " " + sisa, fm, lebar));
                return baris;
            }
        }
        if (!kini.isEmpty()) {
            baris.add(potong(kini.toString(), fm, lebar));
        }
        return baris;
    }

    private static String potong(String s, FontMetrics fm, double lebar) {
        if (fm.stringWidth(s) <= lebar) {
            return s;
        }
        String t = s;
        while (!t.isEmpty() && fm.stringWidth(t + "…") > lebar) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "…";
    }

    private static Font huruf(String berkas) {
        try (InputStream in = Grafik.class.getClassLoader().getResourceAsStream("net/sf/jasperreports/fonts/dejavu/" + berkas)) {
            if (in == null) {
                return new Font(Font.SANS_SERIF, berkas.contains("Bold") ? Font.BOLD : Font.PLAIN, 8);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A white canvas in points, drawn at {@link #SKALA} pixels per point. */
    private static final class Kanvas {
        final BufferedImage gambar;
        final Graphics2D g;
        final int tinggiPt;

        Kanvas(int lebarPt, int tinggiPt) {
            this.tinggiPt = tinggiPt;
            gambar = new BufferedImage((int) Math.round(lebarPt * SKALA), (int) Math.round(tinggiPt * SKALA),
                    BufferedImage.TYPE_INT_RGB);
            g = gambar.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, gambar.getWidth(), gambar.getHeight());
            g.scale(SKALA, SKALA);
        }

        /** PNG with fast compression: the bytes are embedded in the report once, the drawing is the cost. */
        Gambar png() {
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageWriter w = ImageIO.getImageWritersByFormatName("png").next();
            try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
                w.setOutput(ios);
                ImageWriteParam p = w.getDefaultWriteParam();
                if (p.canWriteCompressed()) {
                    p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    p.setCompressionQuality(0.8f);
                }
                w.write(null, new IIOImage(gambar, null, null), p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                w.dispose();
            }
            return new Gambar(out.toByteArray(), tinggiPt);
        }
    }
}
