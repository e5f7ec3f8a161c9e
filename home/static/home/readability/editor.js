/* The page editor's readability panel (home/readability/panels.py): counts
   LIX on the fields the panel names, as the editor types. A field's text is
   read the way home/readability/lix.py reads the saved page: each text input,
   text area and rich text block is a paragraph of its own. */
(function () {
  'use strict';

  const TEXT_INPUTS = 'input[type="text"], textarea, [contenteditable="true"]';
  const RICH_TEXT_BLOCK = '[data-block="true"]';

  function paragraphs(element) {
    if (element.matches('[contenteditable="true"]')) {
      return [...element.querySelectorAll(RICH_TEXT_BLOCK)].map((block) => block.textContent);
    }
    return [element.value];
  }

  class ReadabilityController extends window.StimulusModule.Controller {
    static targets = ['score', 'warning'];

    static values = {
      fields: Array,
      bands: Array,
      scoreTemplate: String,
      noText: String,
      easyToRead: Boolean,
      easyToReadLimit: Number,
    };

    connect() {
      this.form = this.element.closest('form');
      // The content tab's panels: the panel's own section's siblings.
      this.tab = this.element.closest('[data-panel]').parentElement;
      this.update = this.update.bind(this);
      this.form.addEventListener('input', this.update);
      // StreamField blocks added, removed or moved change the text without an input event.
      this.observer = new MutationObserver(this.update);
      this.observer.observe(this.tab, { childList: true, subtree: true, characterData: true });
      this.update();
    }

    disconnect() {
      this.form.removeEventListener('input', this.update);
      this.observer.disconnect();
    }

    text() {
      return this.fieldsValue
        .map((name) => this.tab.querySelector(`:scope > [data-panel][id$="-${name}-section"]`))
        .filter(Boolean)
        .flatMap((section) => [...section.querySelectorAll(TEXT_INPUTS)].flatMap(paragraphs))
        .join('\n');
    }

    update() {
      const score = window.samlaLix.lix(this.text());
      let message = this.noTextValue;
      if (score !== null) {
        const [, band] = this.bandsValue.find(([below]) => below === null || score < below);
        message = this.scoreTemplateValue.replace('%(score)s', score).replace('%(band)s', band);
      }
      // Setting the same text again would make screen readers repeat it.
      if (this.scoreTarget.textContent.trim() !== message) {
        this.scoreTarget.textContent = message;
      }
      this.warningTarget.hidden = !(
        this.easyToReadValue && score !== null && score >= this.easyToReadLimitValue
      );
    }
  }

  window.wagtail.app.register('readability', ReadabilityController);
})();
