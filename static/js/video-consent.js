// Click-to-load for embedded videos: nothing is requested from the video
// provider until the visitor asks for it. Without JavaScript the link remains.
document.querySelectorAll(".video-consent").forEach((box) => {
  const button = box.querySelector(".video-consent__load");
  if (!button) return;
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
