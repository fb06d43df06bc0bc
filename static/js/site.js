/* Disclosures built on <details>: the site menu below 1024px, the directory's filter panel below 56rem (each
   <details> holds the button, the panel follows it: CSS shows it when the <details> is open), and the menu's
   "More". They open and close without this script; it adds aria-expanded on the button, Escape to close with
   the focus returned to the button, the focus moved into a panel the visitor opens, a click outside closing a
   menu. On wide screens the panels are always shown (a bar, a sidebar) and the buttons hidden. */
(function () {
  "use strict";
  var WIDE = { menu: "(min-width: 64rem)", panel: "(min-width: 56rem)" };

  function summaryOf(details) { return details.querySelector(":scope > summary"); }

  function panelOf(details) {
    var next = details.nextElementSibling;
    return next && next.hasAttribute("data-disclosure-panel") ? next : null;
  }

  function sync(details) {
    var summary = summaryOf(details);
    var panel = panelOf(details);
    if (!summary) return;
    summary.setAttribute("aria-expanded", details.open ? "true" : "false");
    if (panel && panel.id) summary.setAttribute("aria-controls", panel.id);
  }

  function isWide(details) {
    var query = WIDE[details.getAttribute("data-disclosure")];
    return Boolean(query) && window.matchMedia(query).matches;
  }

  // The open disclosure the element is in: inside its <details>, or in the panel that follows it.
  function disclosureOf(el) {
    var details = el.closest && el.closest("details[data-disclosure][open]");
    var panel = el.closest && el.closest("[data-disclosure-panel]");
    var owner = panel && panel.previousElementSibling;
    if (owner && owner.matches("details[data-disclosure][open]") && (!details || !panel.contains(details))) return owner;
    return details;
  }

  // toggle does not bubble: caught on the way down.
  document.addEventListener("toggle", function (event) {
    var details = event.target;
    if (!details.matches || !details.matches("details[data-disclosure]")) return;
    sync(details);
    var panel = panelOf(details);
    if (details.open && panel && !isWide(details) && document.activeElement === summaryOf(details)) {
      var target = panel.querySelector("[data-disclosure-focus]");
      if (target) target.focus();
    }
  }, true);

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") return;
    if (event.target.closest && event.target.closest("[role=combobox][aria-expanded=true]")) return;  // the suggestions first
    var details = disclosureOf(event.target);
    if (!details || isWide(details)) return;
    details.open = false;
    summaryOf(details).focus();
    event.preventDefault();
  });

  // A click outside an open menu closes it, as a menu does.
  document.addEventListener("click", function (event) {
    document.querySelectorAll('details[data-disclosure="menu"][open], details[data-disclosure="more"][open]').forEach(function (details) {
      var panel = panelOf(details);
      if (isWide(details) || details.contains(event.target) || (panel && panel.contains(event.target))) return;
      details.open = false;
    });
  });

  function syncAll() { document.querySelectorAll("details[data-disclosure]").forEach(sync); }
  document.addEventListener("directory:updated", syncAll, true);  // a new filter panel with the results
  syncAll();
})();
