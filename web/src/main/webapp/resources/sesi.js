/*
 * Akuntara: the session's end, said clearly (issue 11, point 7). The server ends a session after the idle time in
 * web.xml (<session-timeout>); a form sent after that would be lost without a word (the page's state is gone with
 * the session). So every page counts that idle time down from its last exchange with the server (the page itself,
 * or a PrimeFaces ajax request) and, when it is over, opens the page that says the session has ended
 * (sesi-berakhir.xhtml). The idle time comes from the page (<meta name="akuntara-sesi-detik">). An external file:
 * the pages' CSP allows no inline script.
 */
(function () {
    "use strict";

    var meta = document.querySelector('meta[name="akuntara-sesi-detik"]');
    var detik = meta ? parseInt(meta.getAttribute("content"), 10) : 0;
    var tujuan = meta ? meta.getAttribute("data-tujuan") : null;
    var pewaktu = null;

    function berakhir() {
        window.location.assign(tujuan);
    }

    function mulaiUlang(detikSisa) {
        if (pewaktu !== null) {
            window.clearTimeout(pewaktu);
        }
        pewaktu = window.setTimeout(berakhir, detikSisa * 1000);
    }

    if (!detik || detik <= 0 || !tujuan) {
        return;
    }
    // a little after the server's own end, so that the server has surely ended it
    mulaiUlang(detik + 5);
    // every PrimeFaces ajax request renews the session on the server: count again from there
    document.addEventListener("DOMContentLoaded", function () {
        if (window.jQuery) {
            window.jQuery(document).on("pfAjaxComplete", function () {
                mulaiUlang(detik + 5);
            });
        }
    });
    // for the browser tests: end the countdown after the given seconds (the real idle time is 30 minutes)
    window.akuntaraSesi = { berakhirDalam: mulaiUlang };
}());
