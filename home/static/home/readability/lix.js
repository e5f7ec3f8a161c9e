/* LIX, the Swedish readability index, counted as home/readability/lix.py
   counts it, rule for rule (its docstring explains them; the tests run the
   same texts through both). The page editor's readability panel uses it;
   node loads it in the tests. */
(function (root) {
  'use strict';

  const WORD_OR_SENTENCE_END = /[\p{L}\p{N}]+(?:[-'’.,:][\p{L}\p{N}]+)*|[.!?:…]/gu;
  const LETTER = /\p{L}/gu;
  const SENTENCE_ENDS = '.!?:…';
  const LONG_WORD_LETTERS = 6;

  function count(text) {
    let words = 0;
    let longWords = 0;
    let sentences = 0;
    // Python's str.splitlines() line ends.
    for (const paragraph of text.split(/\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/)) {
      let sentenceOpen = false;
      for (const token of paragraph.match(WORD_OR_SENTENCE_END) || []) {
        if (SENTENCE_ENDS.includes(token)) {
          sentences += sentenceOpen ? 1 : 0;
          sentenceOpen = false;
        } else {
          words += 1;
          longWords += (token.match(LETTER) || []).length > LONG_WORD_LETTERS ? 1 : 0;
          sentenceOpen = true;
        }
      }
      sentences += sentenceOpen ? 1 : 0;
    }
    return { words, longWords, sentences };
  }

  function lix(text) {
    const { words, longWords, sentences } = count(text);
    if (!words) {
      return null;
    }
    return Math.round(words / sentences + (longWords * 100) / words);
  }

  const api = { count, lix };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.samlaLix = api;
  }
})(this);
