// Portfolio lightbox. Without JavaScript each thumbnail is a link to the work's own page; with it, the link
// opens the image enlarged in a modal dialog: Esc or the Close button closes it and focus returns to the
// thumbnail, Tab stays inside, the arrow keys (or a swipe on a touch screen) go to the previous or next image.
// Motion follows prefers-reduced-motion (works.css animates only when the visitor has no such preference).
(() => {
  const template = document.getElementById("lightbox-template");
  const links = Array.from(document.querySelectorAll("a[data-lightbox]"));
  if (!template || !links.length || typeof HTMLDialogElement !== "function") return;

  const dialog = template.content.firstElementChild.cloneNode(true);
  document.body.append(dialog);
  const find = (name) => dialog.querySelector(`[data-lightbox-${name}]`);
  const media = find("media");
  const title = find("title");
  const caption = find("caption");
  const count = find("count");
  const link = find("link");
  const previous = find("prev");
  const next = find("next");
  const closer = find("close");
  let current = 0;

  const setText = (element, text, lang) => {
    element.textContent = text || "";
    element.hidden = !text;
    if (lang) element.lang = lang;
    else element.removeAttribute("lang");
  };

  const show = (index) => {
    current = (index + links.length) % links.length;
    const source = links[current];
    const picture = source.querySelector("picture, img").cloneNode(true);
    // The thumbnail's sources hold the large widths too: the browser picks one for the enlarged size.
    picture.querySelectorAll("source, img").forEach((element) => {
      if (element.hasAttribute("sizes")) element.sizes = "(min-width: 75rem) 72rem, 94vw";
      if (element.tagName === "IMG") {
        element.loading = "eager";
        element.removeAttribute("class");
      }
    });
    media.replaceChildren(picture);
    setText(title, source.dataset.title, source.dataset.titleLang);
    setText(caption, source.dataset.caption, source.dataset.captionLang);
    count.textContent = count.dataset.pattern
      .replace("{number}", String(current + 1))
      .replace("{total}", String(links.length));
    link.setAttribute("href", source.getAttribute("href"));
    previous.hidden = next.hidden = links.length < 2;
  };

  const open = (index) => {
    show(index);
    document.documentElement.classList.add("lightbox-open");
    dialog.showModal();
    closer.focus();
  };

  dialog.addEventListener("close", () => {
    document.documentElement.classList.remove("lightbox-open");
    media.replaceChildren();
    links[current].focus();
  });

  links.forEach((element, index) => {
    element.addEventListener("click", (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      open(index);
    });
  });

  previous.addEventListener("click", () => show(current - 1));
  next.addEventListener("click", () => show(current + 1));
  closer.addEventListener("click", () => dialog.close());
  // A click on the backdrop (the dialog itself, outside its frame) closes it.
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) dialog.close();
  });

  const focusable = () =>
    Array.from(dialog.querySelectorAll("a[href], button:not([hidden])")).filter((element) => !element.hidden);

  dialog.addEventListener("keydown", (event) => {
    if (event.key === "ArrowLeft" && links.length > 1) {
      event.preventDefault();
      show(current - 1);
    } else if (event.key === "ArrowRight" && links.length > 1) {
      event.preventDefault();
      show(current + 1);
    } else if (event.key === "Tab") {
      // The modal dialog makes the page inert; this keeps Tab from leaving for the browser's own controls.
      const elements = focusable();
      const first = elements[0];
      const last = elements[elements.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  });

  let start = null;
  media.addEventListener(
    "touchstart",
    (event) => {
      start = event.touches.length === 1 ? { x: event.touches[0].clientX, y: event.touches[0].clientY } : null;
    },
    { passive: true },
  );
  media.addEventListener(
    "touchend",
    (event) => {
      if (!start || links.length < 2) return;
      const touch = event.changedTouches[0];
      const dx = touch.clientX - start.x;
      const dy = touch.clientY - start.y;
      start = null;
      if (Math.abs(dx) > 40 && Math.abs(dx) > Math.abs(dy) * 1.5) show(dx < 0 ? current + 1 : current - 1);
    },
    { passive: true },
  );
})();
