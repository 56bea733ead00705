/*
 * Akuntara: the start page's report downloads. A link marked data-unduh fetches its file (the session cookie goes
 * along), shows that it is busy until the whole file has arrived, then hands the file to the browser under the name
 * the server gives (Content-Disposition). A refusal shows the server's one-line reason beside the links. Without
 * JavaScript the links still download, only without the busy state. An external file: the page's CSP allows no
 * inline script. The status texts are in the page's language: the page fills them from its label bundle into the
 * status element's data attributes (data-menyiapkan, data-disusun, data-selesai "{0} ({1})", data-gagal "{0}",
 * data-desimal); the Indonesian texts stand in when an attribute is missing.
 */
(function () {
    "use strict";

    function namaBerkas(jawaban, cadangan) {
        var cd = jawaban.headers.get("Content-Disposition") || "";
        var m = /filename="([^"]+)"/.exec(cd);
        return m ? m[1] : cadangan;
    }

    var BAWAAN = {
        menyiapkan: "Menyiapkan berkas…",
        disusun: "Laporan sedang disusun; ini dapat memerlukan beberapa detik.",
        selesai: "Selesai: {0} ({1}).",
        gagal: "Gagal: {0}",
        desimal: ","
    };

    /** The text of that key in the page's language, its {0}, {1} … replaced by the arguments. */
    function teks(status, kunci) {
        var t = status.getAttribute("data-" + kunci);
        var isi = t !== null && t !== "" ? t : BAWAAN[kunci];
        var argumen = Array.prototype.slice.call(arguments, 2);
        return isi.replace(/\{(\d+)\}/g, function (semua, n) {
            return argumen[n] !== undefined ? argumen[n] : semua;
        });
    }

    function ukuran(bita, desimal) {
        return bita >= 1048576 ? (bita / 1048576).toFixed(1).replace(".", desimal) + " MB"
            : Math.max(1, Math.round(bita / 1024)) + " KB";
    }

    function unduh(tautan, status) {
        if (tautan.getAttribute("aria-busy") === "true") {
            return;
        }
        var label = tautan.textContent;
        tautan.setAttribute("aria-busy", "true");
        tautan.classList.add("sibuk");
        tautan.textContent = teks(status, "menyiapkan");
        status.textContent = teks(status, "disusun");
        status.className = "status";
        fetch(tautan.href, {credentials: "same-origin"}).then(function (jawaban) {
            if (!jawaban.ok) {
                return jawaban.text().then(function (alasan) {
                    throw new Error(alasan || ("HTTP " + jawaban.status));
                });
            }
            var nama = namaBerkas(jawaban, "laporan");
            return jawaban.blob().then(function (isi) {
                var url = URL.createObjectURL(isi);
                var a = document.createElement("a");
                a.href = url;
                a.download = nama;
                document.body.appendChild(a);
                a.click();
                a.remove();
                setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
                status.textContent = teks(status, "selesai", nama, ukuran(isi.size, teks(status, "desimal")));
                status.className = "status selesai";
                status.setAttribute("data-berkas", nama);
                status.setAttribute("data-bita", String(isi.size));
            });
        }).catch(function (galat) {
            status.textContent = teks(status, "gagal", galat.message);
            status.className = "status gagal";
        }).then(function () {
            tautan.textContent = label;
            tautan.classList.remove("sibuk");
            tautan.removeAttribute("aria-busy");
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        var status = document.getElementById("unduh-status");
        var tautan = document.querySelectorAll("a[data-unduh]");
        for (var i = 0; i < tautan.length; i++) {
            tautan[i].addEventListener("click", function (e) {
                if (status && window.fetch && window.URL && URL.createObjectURL) {
                    e.preventDefault();
                    unduh(e.currentTarget, status);
                }
            });
        }
    });
}());
