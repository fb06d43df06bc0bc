/* Creative cluster directory widget: member cards from the portal's public API, in a shadow root.
 * <script src="https://<portal>/embed/directory.js" data-lang="de" data-branch="design" data-limit="6" async></script>
 * Optional: data-q (search words), data-kind, data-available="1", data-target (CSS selector of a container),
 * data-heading (own heading text), data-heading-level (2 to 6). No dependency, no global name. */
(function () {
  "use strict";
  var STRINGS = __STRINGS__;
  var script = document.currentScript;
  if (!script || !script.src) { return; }
  var data = script.dataset;
  var origin = new URL(script.src, document.baseURI).origin;
  var lang = (data.lang || document.documentElement.lang || "fr").slice(0, 2).toLowerCase();
  if (!STRINGS[lang]) { lang = "fr"; }
  var text = STRINGS[lang];
  var limit = Math.min(24, Math.max(1, parseInt(data.limit, 10) || 6));
  var level = Math.min(6, Math.max(2, parseInt(data.headingLevel, 10) || 2));

  var host = data.target ? document.querySelector(data.target) : null;
  if (!host) {
    host = document.createElement("div");
    script.parentNode.insertBefore(host, script.nextSibling);
  }
  host.setAttribute("data-cluster-directory", lang);
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;

  var style = document.createElement("style");
  style.textContent = [
    ":host{display:block;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1a1a1a;}",
    ".cw{margin:0;padding:0}",
    ".cw__heading{font-size:1.25rem;margin:0 0 .75rem}",
    ".cw__list{list-style:none;margin:0;padding:0;display:grid;gap:1rem;",
    "grid-template-columns:repeat(auto-fill,minmax(14rem,1fr))}",
    ".cw__card{position:relative;display:flex;gap:.75rem;align-items:flex-start;padding:.75rem;",
    "border:1px solid #767676;border-radius:.5rem;background:#fff}",
    ".cw__card:focus-within{outline:3px solid #0b57d0;outline-offset:2px}",
    ".cw__logo{flex:none;width:4rem;height:4rem;object-fit:contain;background:#f3f3f3;border-radius:.25rem}",
    ".cw__name{font-size:1rem;margin:0 0 .25rem}",
    ".cw__name a{color:#0b3d91;text-decoration:underline}",
    ".cw__name a:focus{outline:none}",
    ".cw__name a::after{content:'';position:absolute;inset:0}",
    ".cw__tagline{margin:0;font-size:.875rem;line-height:1.4;color:#333}",
    ".cw__more{display:inline-block;margin-top:.75rem;color:#0b3d91}",
    ".cw__more:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}",
    ".cw__status{margin:.25rem 0 .75rem;font-size:.875rem}",
  ].join("");
  root.appendChild(style);

  var section = document.createElement("section");
  section.className = "cw";
  section.lang = lang;
  var heading = document.createElement("h" + level);
  heading.className = "cw__heading";
  heading.id = "cw-heading";
  heading.textContent = data.heading || text.heading;
  section.setAttribute("aria-labelledby", "cw-heading");
  var status = document.createElement("p");
  status.className = "cw__status";
  status.setAttribute("role", "status");
  status.textContent = text.loading;
  var list = document.createElement("ul");
  list.className = "cw__list";
  section.appendChild(heading);
  section.appendChild(status);
  section.appendChild(list);
  root.appendChild(section);

  function absolute(url) { return new URL(url, origin).href; }

  function card(member) {
    var item = document.createElement("li");
    var article = document.createElement("article");
    article.className = "cw__card";
    if (member.logo) {
      var image = document.createElement("img");
      image.className = "cw__logo";
      image.src = member.logo;
      image.alt = text.logo.replace("%(name)s", member.name);
      image.width = 64;
      image.height = 64;
      image.loading = "lazy";
      article.appendChild(image);
    }
    var body = document.createElement("div");
    var name = document.createElement("h" + Math.min(6, level + 1));
    name.className = "cw__name";
    var link = document.createElement("a");
    link.href = absolute(member.url);
    link.textContent = member.name;
    name.appendChild(link);
    body.appendChild(name);
    if (member.tagline) {
      var tagline = document.createElement("p");
      tagline.className = "cw__tagline";
      tagline.textContent = member.tagline;
      body.appendChild(tagline);
    }
    article.appendChild(body);
    item.appendChild(article);
    return item;
  }

  var params = new URLSearchParams({ lang: lang, page_size: String(limit) });
  ["branch", "kind", "canton", "skill"].forEach(function (name) {
    if (data[name]) { data[name].split(",").forEach(function (value) { params.append(name, value.trim()); }); }
  });
  if (data.q) { params.set("q", data.q); }
  if (data.available === "1") { params.set("available", "1"); }

  fetch(origin + "/api/v1/directory/?" + params.toString(), { mode: "cors", credentials: "omit" })
    .then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    })
    .then(function (answer) {
      var members = answer.results || [];
      members.forEach(function (member) { list.appendChild(card(member)); });
      status.textContent = members.length ? text.shown.replace("%(count)s", members.length) : text.empty;
      var more = document.createElement("a");
      more.className = "cw__more";
      more.href = absolute(text.directory);
      more.textContent = text.more;
      section.appendChild(more);
      host.setAttribute("data-state", "ready");
    })
    .catch(function () {
      status.textContent = text.error;
      host.setAttribute("data-state", "error");
    });
})();
