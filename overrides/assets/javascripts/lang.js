/* AI Ecosystem Atlas: Chinese in search results is marked as Chinese.
 *
 * The theme's search writes its results as plain text from the search index, so a screen
 * reader would read a Chinese name there with the page's English voice. Each run of Chinese in
 * a result is wrapped in <span lang="zh">, as the pages themselves do (formatting.escape).
 */
(function () {
  "use strict";

  var CHINESE = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef";
  var RUN = new RegExp(
    "[" + CHINESE + "](?:[" + CHINESE + "\\s\\d\u200b]*[" + CHINESE + "])?", "g"
  );

  function markedAlready(node) {
    var holder = node.parentElement && node.parentElement.closest("[lang]");
    return holder !== null && holder.getAttribute("lang").indexOf("zh") === 0;
  }

  function markText(node) {
    var text = node.data;
    RUN.lastIndex = 0;
    if (!RUN.test(text) || markedAlready(node)) return;
    var fragment = document.createDocumentFragment();
    var last = 0;
    text.replace(RUN, function (run, at) {
      fragment.appendChild(document.createTextNode(text.slice(last, at)));
      var span = document.createElement("span");
      span.lang = "zh";
      span.textContent = run;
      fragment.appendChild(span);
      last = at + run.length;
      return run;
    });
    fragment.appendChild(document.createTextNode(text.slice(last)));
    node.parentNode.replaceChild(fragment, node);
  }

  function mark(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var texts = [];
    while (walker.nextNode()) texts.push(walker.currentNode);
    texts.forEach(markText);
  }

  var results = document.querySelector(".md-search-result__list");
  if (!results || !window.MutationObserver) return;
  new MutationObserver(function (records) {
    records.forEach(function (record) {
      record.addedNodes.forEach(function (node) {
        if (node.nodeType === Node.ELEMENT_NODE) mark(node);
      });
    });
  }).observe(results, { childList: true, subtree: true });
})();
