"""The Listen button uses the browser's own speech synthesis; these tests give
Chromium a stand-in voice list (headless Chromium has no voices)."""

FAKE_SPEECH = """
window.__spoken = [];
const synth = {
    speaking: false,
    getVoices: () => [{lang: "ar-SA", name: "Test Arabic"}],
    addEventListener() {},
    speak(utterance) { window.__spoken.push({lang: utterance.lang, text: utterance.text}); this.speaking = true; },
    cancel() { this.speaking = false; },
};
Object.defineProperty(window, "speechSynthesis", {value: synth});
window.SpeechSynthesisUtterance = function (text) { this.text = text; this.addEventListener = () => {}; };
"""


def test_listen_reads_the_page_in_its_language_from_the_keyboard(page):
    page.add_init_script(FAKE_SPEECH)
    page.goto("/ar/om-samla/")
    button = page.locator("button.listen")
    assert button.is_visible()

    button.focus()
    page.keyboard.press("Enter")

    spoken = page.evaluate("window.__spoken")
    assert spoken[0]["lang"] == "ar"
    assert "عن سملا" in spoken[0]["text"]
    assert button.get_attribute("aria-pressed") == "true"


def test_listen_is_hidden_without_a_voice_for_the_language(page):
    page.add_init_script(FAKE_SPEECH)
    page.goto("/sv/om-samla/")
    assert page.locator("button.listen").is_hidden()


def test_listen_loads_nothing_from_other_sites(page):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto("/ar/om-samla/")
    assert all(url.startswith(page.url.split("/ar/")[0]) for url in requests)
