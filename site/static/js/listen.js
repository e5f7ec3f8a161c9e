// "Listen": reads the page's main content aloud with the browser's own speech
// synthesis, in the page's language. The button stays hidden unless the
// browser has a voice for that language; nothing is fetched from anywhere.
(() => {
    const button = document.querySelector("[data-listen]");
    if (!button || !("speechSynthesis" in window)) return;
    const language = document.documentElement.lang;
    const content = document.querySelector(button.dataset.listen);
    const synth = window.speechSynthesis;

    const voiceFor = () =>
        synth.getVoices().find((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === language);

    const reveal = () => {
        if (voiceFor() && content) button.hidden = false;
    };
    reveal();
    synth.addEventListener?.("voiceschanged", reveal);

    const setPlaying = (playing) => {
        button.setAttribute("aria-pressed", String(playing));
        button.querySelector("[data-listen-label]").textContent = playing
            ? button.dataset.stopLabel
            : button.dataset.listenLabel;
    };

    button.addEventListener("click", () => {
        if (synth.speaking) {
            synth.cancel();
            setPlaying(false);
            return;
        }
        const utterance = new SpeechSynthesisUtterance(content.innerText);
        utterance.lang = language;
        utterance.voice = voiceFor();
        utterance.addEventListener("end", () => setPlaying(false));
        synth.speak(utterance);
        setPlaying(true);
    });
})();
