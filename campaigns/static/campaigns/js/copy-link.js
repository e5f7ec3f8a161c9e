// "Copy link" on myth pages: shown only where the browser can copy, so the
// plain share links remain for everyone else.
(function () {
    "use strict";
    if (!navigator.clipboard) return;
    document.querySelectorAll("[data-copy-url]").forEach(function (button) {
        var status = button.closest(".share").querySelector(".share__status");
        button.hidden = false;
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(button.dataset.copyUrl).then(function () {
                status.textContent = button.dataset.copied;
            });
        });
    });
})();
