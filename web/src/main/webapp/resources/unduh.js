/*
 * Akuntara: the start page's report downloads. A link marked data-unduh fetches its file (the session cookie goes
 * along), shows that it is busy until the whole file has arrived, then hands the file to the browser under the name
 * the server gives (Content-Disposition). A refusal shows the server's one-line reason beside the links. Without
 * JavaScript the links still download, only without the busy state. An external file: the page's CSP allows no
 * inline script.
 */
(function () {
    "use strict";

    function namaBerkas(jawaban, cadangan) {
        var cd = jawaban.headers.get("Content-Disposition") || "";
        var m = /filename="([^"]+)"/.exec(cd);
        return m ? m[1] : cadangan;
    }

    function ukuran(bita) {
        return bita >= 1048576 ? (bita / 1048576).toFixed(1).replace(".", ",") + " MB"
            : Math.max(1, Math.round(bita / 1024)) + " KB";
    }

    function unduh(tautan, status) {
        if (tautan.getAttribute("aria-busy") === "true") {
            return;
        }
        var label = tautan.textContent;
        tautan.setAttribute("aria-busy", "true");
        tautan.classList.add("sibuk");
        tautan.textContent = "Menyiapkan berkas…";
        status.textContent = "Laporan sedang disusun; ini dapat memerlukan beberapa detik.";
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
                status.textContent = "Selesai: " + nama + " (" + ukuran(isi.size) + ").";
                status.className = "status selesai";
                status.setAttribute("data-berkas", nama);
                status.setAttribute("data-bita", String(isi.size));
            });
        }).catch(function (galat) {
            status.textContent = "Gagal: " + galat.message;
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
