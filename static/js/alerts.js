// The directory updates its results in place and keeps the search in the address bar: the alert form and the
// Atom link under it follow the search shown, not the one the page was first loaded with.
(function () {
  "use strict";
  var section = document.querySelector("[data-alert-follows-url]");
  if (!section || !window.URLSearchParams) return;
  function currentParams() {
    var params = new URLSearchParams(window.location.search);
    ["page", "sort", "view"].forEach(function (name) { params.delete(name); });
    return params.toString();
  }
  var form = section.querySelector("form");
  var feed = section.querySelector("a[type='application/atom+xml']");
  if (form) {
    form.addEventListener("submit", function () {
      form.elements.params.value = currentParams();
    });
  }
  if (feed) {
    feed.addEventListener("click", function () {
      var query = currentParams();
      feed.href = feed.href.split("?")[0] + (query ? "?" + query : "");
    });
  }
})();
