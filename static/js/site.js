/* Disclosures built on <details> (the site menu below 1024px, the directory's filter panel below 56rem).
   They open and close without this script; it adds aria-expanded on the button, Escape to close with focus
   returned to the button, focus moved into a panel opened by the visitor, and keeps them open on wide
   screens, where they are shown as a bar or a sidebar (CSS ::details-content, or `open` for older browsers). */
(function () {
  "use strict";
  var WIDE = { menu: "(min-width: 64rem)", panel: "(min-width: 56rem)" };

  function summaryOf(details) { return details.querySelector(":scope > summary"); }

  function sync(details) {
    var summary = summaryOf(details);
    if (summary) summary.setAttribute("aria-expanded", details.open ? "true" : "false");
  }

  function isWide(details) {
    var query = WIDE[details.getAttribute("data-disclosure")];
    return query && window.matchMedia(query).matches;
  }

  function fit(details) {
    var wide = isWide(details);
    if (wide) { if (!details.open) details.open = true; details.setAttribute("data-opened-wide", ""); }
    if (!wide && details.hasAttribute("data-opened-wide")) { details.open = false; details.removeAttribute("data-opened-wide"); }
    sync(details);
  }

  function fitAll() { document.querySelectorAll("details[data-disclosure]").forEach(fit); }

  // toggle does not bubble: caught on the way down.
  document.addEventListener("toggle", function (event) {
    var details = event.target;
    if (!details.matches || !details.matches("details[data-disclosure]")) return;
    sync(details);
    var summary = summaryOf(details);
    if (details.open && !isWide(details) && document.activeElement === summary) {
      var target = details.querySelector("[data-disclosure-focus]");
      if (target) target.focus();
    }
  }, true);

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") return;
    var details = event.target.closest && event.target.closest("details[data-disclosure][open]");
    if (!details || isWide(details)) return;
    if (event.target.closest("[role=combobox][aria-expanded=true]")) return;  // Escape closes the suggestions first
    details.open = false;
    details.removeAttribute("data-opened-wide");
    summaryOf(details).focus();
    event.preventDefault();
  });

  // A click outside the open menu closes it, as a menu does.
  document.addEventListener("click", function (event) {
    document.querySelectorAll('details[data-disclosure="menu"][open], details[data-disclosure="more"][open]').forEach(function (details) {
      if (!isWide(details) && !details.contains(event.target)) details.open = false;
    });
  });

  Object.keys(WIDE).forEach(function (name) {
    var query = window.matchMedia(WIDE[name]);
    if (query.addEventListener) query.addEventListener("change", fitAll);
  });
  // The directory replaces its filter panel with new results.
  document.addEventListener("directory:updated", fitAll, true);
  fitAll();
})();
