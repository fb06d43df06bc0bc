/* A long list of grouped checkboxes (core/widgets.py: the skills of My space → Edit, the members an editor
   links in the admin) becomes a searchable multi-select.

   The ARIA 1.2 combobox pattern: a text box (role=combobox) that filters a listbox of the choices grouped like
   the checkboxes; arrow keys move through the options (aria-activedescendant), Enter or a click adds or removes the
   active one, Escape closes the list; the chosen items are chips, each with a button that removes it; a live
   region says what changed. The checkboxes stay in the form (hidden) and remain the one record of the choice:
   the form sends the same values as without this script. */
(function () {
  "use strict";

  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  // The one value of a translated text, in its %(name)s or {name} placeholder.
  function format(template, value) {
    return template.replace(/%\(\w+\)s|\{\w+\}/g, function () { return value; });
  }

  function enhance(root, number) {
    var text = root.dataset;
    var groups = root.querySelector(".choice-picker__groups");
    var boxes = Array.prototype.slice.call(root.querySelectorAll("input[type=checkbox]"));
    if (!groups || !boxes.length) return;
    var base = "choice-picker-" + number;

    function make(tag, attrs, content) {
      var el = document.createElement(tag);
      Object.keys(attrs || {}).forEach(function (name) { el.setAttribute(name, attrs[name]); });
      if (content) el.textContent = content;
      return el;
    }

    function labelOf(box) {
      var label = root.querySelector("label[for='" + box.id + "']");
      return label ? label.textContent.trim() : box.value;
    }

    var picker = make("div", { "class": "choice-combo" });
    var chipsLabel = make("p", { "class": "choice-combo__chips-label", id: base + "-chips-label" }, text.chosenLabel);
    var chips = make("ul", { "class": "choice-combo__chips", "aria-labelledby": base + "-chips-label" });
    var none = make("p", { "class": "choice-combo__none" }, text.noneChosen);
    var inputLabel = make("label", { "for": base + "-input" }, text.searchLabel);
    var hint = make("p", { "class": "field__help", id: base + "-hint" }, text.searchHint);
    var box = make("div", { "class": "choice-combo__box" });
    var input = make("input", {
      type: "text",
      id: base + "-input",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": base + "-listbox",
      "aria-describedby": base + "-hint",
      autocomplete: "off",
      spellcheck: "false",
      "class": "choice-combo__input"
    });
    var listbox = make("ul", {
      role: "listbox",
      id: base + "-listbox",
      "aria-multiselectable": "true",
      "aria-label": text.searchLabel,
      "class": "choice-combo__listbox"
    });
    listbox.hidden = true;
    var status = make("p", { "class": "choice-combo__status", role: "status", "aria-live": "polite" });
    box.appendChild(input);
    box.appendChild(listbox);
    [chipsLabel, chips, none, inputLabel, hint, box, status].forEach(function (el) { picker.appendChild(el); });

    // One option per checkbox, under a group per branch.
    var options = [];
    var groupEls = [];
    var current = null;
    boxes.forEach(function (checkbox, index) {
      var groupName = checkbox.dataset.group || "";
      if (!current || current.name !== groupName) {
        var groupId = base + "-group-" + groupEls.length;
        var group = make("li", { role: "group", "aria-labelledby": groupId, "class": "choice-combo__group" });
        group.appendChild(make("span", { id: groupId, role: "presentation", "class": "choice-combo__group-label" }, groupName));
        var list = make("ul", { role: "presentation" });
        group.appendChild(list);
        listbox.appendChild(group);
        current = { name: groupName, el: group, list: list };
        groupEls.push(current);
      }
      var label = labelOf(checkbox);
      var option = make("li", { role: "option", id: base + "-option-" + index, "class": "choice-combo__option" }, label);
      option.addEventListener("mousedown", function (event) { event.preventDefault(); });
      option.addEventListener("click", function () { toggle(entry); input.focus(); });
      current.list.appendChild(option);
      var entry = {
        box: checkbox,
        label: label,
        group: current,
        el: option,
        search: fold(label + " " + groupName + " " + (checkbox.dataset.search || ""))
      };
      options.push(entry);
    });

    groups.hidden = true;
    root.insertBefore(picker, groups);

    var visible = [];
    var active = -1;

    function renderChips() {
      chips.textContent = "";
      options.forEach(function (entry) {
        entry.el.setAttribute("aria-selected", entry.box.checked ? "true" : "false");
        if (!entry.box.checked) return;
        var chip = make("li", { "class": "choice-chip" });
        chip.appendChild(make("span", {}, entry.label));
        var remove = make("button", {
          type: "button",
          "class": "choice-chip__remove",
          "aria-label": format(text.remove, entry.label)
        }, "×");
        remove.addEventListener("click", function () {
          var position = Array.prototype.indexOf.call(chips.children, chip);
          setChosen(entry, false);
          // The focus goes to the next chip's button, else the previous one, else the search box.
          var buttons = chips.querySelectorAll("button");
          var next = buttons[Math.min(position, buttons.length - 1)];
          (next || input).focus();
        });
        chip.appendChild(remove);
        chips.appendChild(chip);
      });
      var count = chips.children.length;
      chips.hidden = count === 0;
      none.hidden = count > 0;
    }

    function announce(message) {
      status.textContent = "";
      window.setTimeout(function () { status.textContent = message; }, 50);
    }

    function setChosen(entry, chosen) {
      if (entry.box.checked === chosen) return;
      entry.box.checked = chosen;
      entry.box.dispatchEvent(new Event("change", { bubbles: true }));
      renderChips();
      announce(format(chosen ? text.added : text.removed, entry.label));
    }

    function toggle(entry) { setChosen(entry, !entry.box.checked); }

    function setActive(index) {
      if (active >= 0 && visible[active]) visible[active].el.classList.remove("is-active");
      active = index;
      if (index < 0 || !visible[index]) {
        input.removeAttribute("aria-activedescendant");
        return;
      }
      var el = visible[index].el;
      el.classList.add("is-active");
      input.setAttribute("aria-activedescendant", el.id);
      el.scrollIntoView({ block: "nearest" });
    }

    function filter(announceCount) {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      visible = [];
      options.forEach(function (entry) {
        var match = words.every(function (word) { return entry.search.indexOf(word) !== -1; });
        entry.el.hidden = !match;
        if (match) visible.push(entry);
      });
      groupEls.forEach(function (group) {
        group.el.hidden = !group.list.querySelector("[role=option]:not([hidden])");
      });
      setActive(-1);
      if (announceCount) {
        var count = visible.length;
        announce(count === 0 ? text.noMatch : count === 1 ? text.matchesOne : format(text.matches, count));
      }
    }

    function open() {
      if (!listbox.hidden) return;
      listbox.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function close() {
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      setActive(-1);
    }

    input.addEventListener("input", function () {
      open();
      filter(true);
    });
    input.addEventListener("focus", function () { filter(false); });
    input.addEventListener("blur", close);
    input.addEventListener("click", function () { if (listbox.hidden) { open(); filter(false); } });
    input.addEventListener("keydown", function (event) {
      var key = event.key;
      if (key === "ArrowDown" || key === "ArrowUp") {
        event.preventDefault();
        if (listbox.hidden) { open(); filter(false); }
        if (event.altKey || !visible.length) return;
        var step = key === "ArrowDown" ? 1 : -1;
        var next = active < 0 ? (step > 0 ? 0 : visible.length - 1) : (active + step + visible.length) % visible.length;
        setActive(next);
      } else if ((key === "Home" || key === "End") && !listbox.hidden && active >= 0) {
        event.preventDefault();
        setActive(key === "Home" ? 0 : visible.length - 1);
      } else if (key === "Enter") {
        // Enter picks the active option; it never sends the form from the search box.
        event.preventDefault();
        if (!listbox.hidden && active >= 0 && visible[active]) {
          toggle(visible[active]);
        } else if (!listbox.hidden && visible.length === 1) {
          toggle(visible[0]);
        }
      } else if (key === "Escape") {
        if (!listbox.hidden) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = "";
          filter(false);
        }
      } else if (key === "Backspace" && !input.value) {
        var chosen = options.filter(function (entry) { return entry.box.checked; });
        if (chosen.length) setChosen(chosen[chosen.length - 1], false);
      }
    });

    renderChips();
    filter(false);
  }

  function start() { document.querySelectorAll("[data-choice-picker]").forEach(enhance); }

  // In the admin the script comes with the form's media, possibly before the form.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
