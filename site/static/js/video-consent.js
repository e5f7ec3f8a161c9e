// Turns a video link into a player only after the reader presses play, so
// nothing is requested from the video host before that.
document.querySelectorAll("[data-video-embed]").forEach((figure) => {
    const button = figure.querySelector(".block-video__play");
    if (!button || !figure.dataset.videoEmbed) return;
    button.hidden = false;
    button.addEventListener("click", () => {
        const frame = document.createElement("iframe");
        frame.src = figure.dataset.videoEmbed;
        frame.title = figure.dataset.videoTitle;
        frame.allow = "fullscreen; picture-in-picture";
        frame.referrerPolicy = "strict-origin-when-cross-origin";
        button.replaceWith(frame);
        frame.focus();
    });
});
