// Runs the header's search box on Pagefind (extra.atlas_search: pagefind), in Material's look.
// Pagefind's script and index load when a reader first opens search, so pages stay light;
// each query then downloads only the index chunks it needs, and the excerpts of the results shown.

const SHOWN = 10; // results whose excerpts load at once; more on request
// The names a page goes by (a meta named after its kind, see partials/atlas-search-meta.html)
// count far above its title and text (Pagefind adds weight × the share of the query matched), so
// the thing named comes first and the pages that mention it after; organizations first, models,
// whose names hold their makers', last.
const RANKING = {
  termSimilarity: 3, // a word of the query's own length above longer ones ("K2" before "K2.5")
  metaWeights: {
    title: 5,
    page: 600, // explainers, comparisons: their search words are topics, common words in policies
    tag: 200,
    organization: 300,
    hardware: 250,
    policy: 120,
    "policy-past": 20,
    model: 30,
  },
};

const root = document.querySelector("[data-atlas-search]");
const toggle = document.getElementById("__search");
if (root && toggle) {
  const input = root.querySelector(".md-search__input");
  const form = root.querySelector("form");
  const meta = root.querySelector(".md-search-result__meta");
  const list = root.querySelector(".md-search-result__list");
  const config = JSON.parse(document.getElementById("__config").textContent);
  const words = config.translations;
  const bundle = new URL(root.dataset.atlasSearch, location.href);
  let pagefind = null;
  let latest = 0;

  const load = () => {
    if (!pagefind) {
      pagefind = import(new URL("pagefind.js", bundle).href).then(async (module) => {
        await module.options({ basePath: bundle.pathname, excerptLength: 24, ranking: RANKING });
        await module.init();
        return module;
      });
    }
    return pagefind;
  };

  const count = (n) => {
    if (n === 0) return words["search.result.none"];
    if (n === 1) return words["search.result.one"];
    return words["search.result.other"].replace("#", n);
  };

  const item = (data) => {
    const li = document.createElement("li");
    li.className = "md-search-result__item";
    const link = document.createElement("a");
    link.className = "md-search-result__link";
    link.tabIndex = -1;
    link.href = new URL(data.url, location.origin).href;
    const article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    const icon = document.createElement("div");
    icon.className = "md-search-result__icon md-icon";
    const title = document.createElement("h1");
    title.textContent = data.meta.title || data.url;
    const excerpt = document.createElement("p");
    excerpt.innerHTML = data.excerpt; // Pagefind escapes < and > and adds only <mark>
    article.append(icon, title, excerpt);
    const labels = [data.meta.kind, data.meta.country].filter(Boolean);
    if (labels.length) {
      const tags = document.createElement("nav");
      tags.className = "md-tags"; // as Material's results show a page's kind and country
      for (const text of labels) {
        const tag = document.createElement("span");
        tag.className = "md-tag";
        tag.textContent = text;
        tags.append(tag);
      }
      article.append(tags);
    }
    link.append(article);
    li.append(link);
    return li;
  };

  const more = (results, from) => {
    if (from >= results.length) return;
    const li = document.createElement("li");
    li.className = "md-search-result__item";
    const button = document.createElement("a");
    button.className = "md-search-result__link";
    button.href = "#";
    button.textContent = words["search.result.more.other"].replace("#", results.length - from);
    button.addEventListener("click", (event) => {
      event.preventDefault();
      li.remove();
      show(results, from, latest);
    });
    li.append(button);
    list.append(li);
  };

  const show = async (results, from, query) => {
    const page = await Promise.all(results.slice(from, from + SHOWN).map((r) => r.data()));
    if (query !== latest) return;
    list.append(...page.map(item));
    more(results, from + SHOWN);
  };

  const run = async () => {
    const query = ++latest;
    const text = input.value.trim();
    if (!text) {
      meta.textContent = words["search.result.placeholder"];
      list.replaceChildren();
      return;
    }
    const module = await load();
    const search = await module.debouncedSearch(text, {}, 150);
    if (search === null || query !== latest) return; // a newer query superseded this one
    meta.textContent = count(search.results.length);
    list.replaceChildren();
    await show(search.results, 0, query);
  };

  input.addEventListener("input", run);
  input.addEventListener("focus", () => {
    toggle.checked = true; // opens the results panel, as Material's search does on focus
    load();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const first = list.querySelector("a.md-search-result__link[href]:not([href='#'])");
    if (first) location.href = first.href;
  });
  form.addEventListener("reset", () => {
    input.value = "";
    run();
    input.focus();
  });
  toggle.addEventListener("change", () => {
    if (toggle.checked) input.focus();
  });
  // The arrow keys move between the input and the results, as in Material's search.
  root.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = [...list.querySelectorAll("a.md-search-result__link")];
    if (!links.length) return;
    event.preventDefault();
    const at = links.indexOf(document.activeElement);
    const next = at + (event.key === "ArrowDown" ? 1 : -1);
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)].focus();
  });
  document.addEventListener("keydown", (event) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
    if (event.key === "Escape" && toggle.checked) {
      toggle.checked = false;
      input.blur();
    } else if (!typing && !toggle.checked && ["/", "s", "f"].includes(event.key)) {
      event.preventDefault();
      toggle.checked = true;
      input.focus();
    }
  });
  list.addEventListener("click", (event) => {
    if (event.target.closest("a.md-search-result__link[href]:not([href='#'])")) {
      toggle.checked = false;
    }
  });
}
