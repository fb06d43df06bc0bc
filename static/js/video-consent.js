// Click-to-load for embedded videos: nothing is requested from the video
// provider until the visitor asks for it. The play button is served hidden and shown
// here, so that a visitor without JavaScript gets only what works: the link.
document.querySelectorAll(".video-consent").forEach((box) => {
  const button = box.querySelector(".video-consent__load");
  if (!button) return;
  button.hidden = false;
  button.addEventListener("click", () => {
    const frame = document.createElement("iframe");
    frame.src = box.dataset.embedUrl;
    frame.title = box.dataset.title;
    frame.allow = "autoplay; fullscreen; picture-in-picture";
    frame.allowFullscreen = true;
    frame.loading = "lazy";
    frame.className = "video-consent__frame";
    box.replaceChildren(frame);
    frame.focus();
  });
});
