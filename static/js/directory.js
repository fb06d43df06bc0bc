/* Directory search: facets update the results in place, the URL follows, the count is announced.
   Without this script the form still works: it is a plain GET form with a submit button. */
(function () {
  "use strict";
  var form = document.querySelector("[data-directory]");
  var live = document.getElementById("directory-live");
  var status = document.getElementById("directory-status");
  if (!form || !live || !window.fetch || !window.history.pushState) return;
  var controller = null;
  // The results shown are for this address (without #fragment): a skip link or an anchor adds a
  // history entry and fires popstate too, and must not reload the results or reset the search box.
  var shown = window.location.href.split("#")[0];

  function hideNoJsButtons() {
    live.querySelectorAll("[data-nojs]").forEach(function (el) { el.hidden = true; });
  }

  // The language switcher's links carry the search to the other languages (data-kept names the parameters
  // kept): they follow the search as it changes in place.
  function updateLanguageLinks(url) {
    var params = new URL(url, window.location.href).searchParams;
    document.querySelectorAll("a[data-kept][data-page-url]").forEach(function (link) {
      var kept = new URLSearchParams();
      link.getAttribute("data-kept").split(" ").forEach(function (name) {
        params.getAll(name).forEach(function (value) { if (value !== "") kept.append(name, value); });
      });
      var query = kept.toString();
      link.setAttribute("href", link.getAttribute("data-page-url") + (query ? "?" + query : ""));
    });
  }

  // The facets are replaced with the results: those the visitor opened stay open.
  function openFacets() {
    return Array.prototype.map.call(live.querySelectorAll("details[data-facet][open]"), function (el) {
      return el.getAttribute("data-facet");
    });
  }

  function reopenFacets(names) {
    live.querySelectorAll("details[data-facet]").forEach(function (el) {
      if (names.indexOf(el.getAttribute("data-facet")) !== -1) el.open = true;
    });
  }

  function formUrl() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) { if (value !== "") params.append(key, value); });
    var query = params.toString();
    return form.action.split("?")[0] + (query ? "?" + query : "");
  }

  function load(url, push, focusHeading) {
    if (controller) controller.abort();
    controller = new AbortController();
    var activeId = document.activeElement && live.contains(document.activeElement) ? document.activeElement.id : null;
    live.setAttribute("aria-busy", "true");
    return fetch(url, { headers: { "X-Directory-Partial": "1" }, signal: controller.signal, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.text();
      })
      .then(function (html) {
        var opened = openFacets();
        live.innerHTML = html;
        hideNoJsButtons();
        reopenFacets(opened);
        live.dispatchEvent(new CustomEvent("directory:updated"));
        if (push) window.history.pushState({ directory: true }, "", url);
        shown = url.split("#")[0];
        updateLanguageLinks(url);
        var results = live.querySelector("[data-status]");
        if (results) status.textContent = results.getAttribute("data-status");
        var target = focusHeading ? document.getElementById("results-heading") : activeId && document.getElementById(activeId);
        if (target) target.focus();
      })
      .catch(function (error) {
        if (error.name !== "AbortError") window.location.assign(url);
      })
      .finally(function () { live.removeAttribute("aria-busy"); });
  }

  form.addEventListener("change", function (event) {
    if (event.target.matches("#directory-live input[type=checkbox], #directory-live select")) load(formUrl(), true, false);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    load(formUrl(), true, true);
  });
  live.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-directory-link]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    load(link.href, true, true);
  });
  window.addEventListener("popstate", function () {
    if (window.location.href.split("#")[0] === shown) return;
    load(window.location.href, false, false).then(function () {
      var input = document.getElementById("directory-q");
      if (input) input.value = new URLSearchParams(window.location.search).get("q") || "";
    });
  });
  // A facet changed before this script ran (a slow connection): show the results it asks for,
  // rather than a ticked box over the results as served, with the submit button gone.
  function changedSinceServed(control) {
    if (control.type === "checkbox") return control.checked !== control.defaultChecked;
    var served = Array.prototype.findIndex.call(control.options, function (option) { return option.defaultSelected; });
    return control.selectedIndex !== Math.max(served, 0);
  }
  var controls = live.querySelectorAll("input[type=checkbox], select");
  if (Array.prototype.some.call(controls, changedSinceServed)) load(formUrl(), true, false);
  hideNoJsButtons();
})();

/* Skill filter: a search box above the long skill facet hides the skills whose label lacks what is typed
   (accents and case ignored), opens "More skills" meanwhile and says how many match; Escape clears it.
   The box has no name (never submitted) and typing in it never reloads the results. The facets are replaced
   with the results, so events are caught on the form, and the text typed is applied again to new facets. */
(function () {
  "use strict";
  var form = document.querySelector("[data-directory]");
  var live = document.getElementById("directory-live");
  if (!form || !live || !"".normalize) return;
  var BOX = "[data-facet-filter]";
  var text = "";  // what the visitor typed, kept while the results change
  var moreWasOpen = false;  // "More skills" as the visitor left it before filtering
  var timer = null;

  function fold(value) {
    return value.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }

  function message(status, count) {
    if (count === 0) return status.getAttribute("data-none");
    if (count === 1) return status.getAttribute("data-one");
    return status.getAttribute("data-other").replace("{count}", count);
  }

  // Shows the skills matching the box's text; returns how many match.
  function apply(box) {
    var facet = box.closest("details[data-facet]");
    var more = facet.querySelector("details.facet__more");
    var wanted = fold(box.querySelector("input").value);
    var count = 0;
    var inMore = 0;
    facet.querySelectorAll(".facet__values li").forEach(function (item) {
      var label = item.querySelector(".facet__label");
      var match = !wanted || fold(label ? label.textContent : item.textContent).indexOf(wanted) !== -1;
      item.hidden = !match;
      if (match) {
        count++;
        if (more && more.contains(item)) inMore++;
      }
    });
    if (more) {
      if (wanted && !text) moreWasOpen = more.open;
      more.open = wanted ? true : moreWasOpen;
      more.hidden = Boolean(wanted) && inMore === 0;
    }
    text = wanted;
    return count;
  }

  function announce(box, count) {
    var status = box.querySelector("[role=status]");
    clearTimeout(timer);
    if (!text) { status.textContent = ""; return; }
    // Once the visitor pauses: a screen reader is not asked to read a count at every letter.
    timer = setTimeout(function () { status.textContent = message(status, count); }, 300);
  }

  function setUp() {
    var box = live.querySelector(BOX);
    if (!box) return;
    var input = box.querySelector("input");
    if (text) {
      // New facets after a reload: the same text, the same count, shown before the box so it is not announced
      // again over the number of members found.
      input.value = text;
      var status = box.querySelector("[role=status]");
      status.textContent = message(status, apply(box));
    }
    box.hidden = false;
  }

  form.addEventListener("input", function (event) {
    var box = event.target.closest(BOX);
    if (box) announce(box, apply(box));
  });
  form.addEventListener("keydown", function (event) {
    var box = event.target.closest(BOX);
    if (!box) return;
    if (event.key === "Enter") {
      event.preventDefault();  // not a search of the directory: the list already shows what matches
    } else if (event.key === "Escape" && event.target.value !== "") {
      event.preventDefault();
      event.target.value = "";
      announce(box, apply(box));
    }
  });
  live.addEventListener("directory:updated", setUp);
  setUp();
})();

/* Autocomplete: member names and skills as the visitor types (WAI-ARIA combobox with a listbox). */
(function () {
  "use strict";
  var input = document.getElementById("directory-q");
  var list = document.getElementById("directory-suggestions");
  if (!input || !list || !window.fetch) return;
  var timer = null;
  var options = [];
  var active = -1;
  var labels = { members: list.getAttribute("data-members-label"), skills: list.getAttribute("data-skills-label") };

  function close() {
    list.hidden = true;
    list.innerHTML = "";
    options = [];
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function select(index) {
    options.forEach(function (option, i) { option.setAttribute("aria-selected", i === index ? "true" : "false"); });
    active = index;
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function render(data) {
    list.innerHTML = "";
    options = [];
    [["members", data.members], ["skills", data.skills]].forEach(function (group) {
      if (!group[1].length) return;
      var heading = document.createElement("li");
      heading.setAttribute("role", "presentation");
      heading.className = "combobox__group";
      heading.textContent = labels[group[0]] || group[0];
      list.appendChild(heading);
      group[1].forEach(function (entry) {
        var option = document.createElement("li");
        option.id = "suggestion-" + options.length;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = entry.name || entry.label;
        option.dataset.url = entry.url;
        option.addEventListener("mousedown", function (event) { event.preventDefault(); window.location.assign(entry.url); });
        list.appendChild(option);
        options.push(option);
      });
    });
    if (options.length) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    } else {
      close();
    }
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    var text = input.value.trim();
    if (text.length < 2) { close(); return; }
    timer = setTimeout(function () {
      fetch(input.getAttribute("data-suggest-url") + "&q=" + encodeURIComponent(text))
        .then(function (response) { return response.ok ? response.json() : { members: [], skills: [] }; })
        .then(function (data) {
          // Suggestions that arrive after the visitor searched, left the box or typed on are stale.
          if (document.activeElement === input && input.value.trim() === text) render(data);
        })
        .catch(close);
    }, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && active < 0) { clearTimeout(timer); close(); return; }  // searching: no late list
    if (list.hidden) return;
    if (event.key === "ArrowDown") { event.preventDefault(); select((active + 1) % options.length); }
    else if (event.key === "ArrowUp") { event.preventDefault(); select(active <= 0 ? options.length - 1 : active - 1); }
    else if (event.key === "Escape") { event.preventDefault(); close(); }
    else if (event.key === "Enter" && active >= 0) { event.preventDefault(); window.location.assign(options[active].dataset.url); }
  });
  input.addEventListener("blur", function () { clearTimeout(timer); setTimeout(close, 100); });
})();
