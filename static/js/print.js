// The printable portrait edition: reveals the "Print or save as PDF" button and opens the print dialog.
// Without JavaScript the button stays hidden and the browser's own print command works the same.
(function () {
  "use strict";
  document.querySelectorAll("[data-print-button]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
