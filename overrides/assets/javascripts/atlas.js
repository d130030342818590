/* AI Ecosystem Atlas: sortable and filterable index tables, and the model picker.
 *
 * Progressive enhancement only: without this script every table is a plain, complete table.
 * Tables inside <div class="atlas-table" data-atlas-filters="Type,Country,Founded:year"> get
 * a button in each header cell to sort by that column, a text filter, and one drop-down per
 * listed column (":year" filters by the year of a date, ":list" by each comma-separated item).
 * A cell holding an element with data-sort sorts by that key (a number, or an ISO date) instead
 * of its text. The model comparison table gets two pickers that show the chosen models side
 * by side.
 */
(function () {
  "use strict";

  var SCALES = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
  var DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  var NUMBER = /^(?:about |more than |up to )?(?:US\$|HK\$|NT\$|S\$|C\$|A\$|\$|€|£)?(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion))?/i;

  function cellText(row, index) {
    var cell = row.cells[index];
    return cell ? cell.textContent.replace(/\s+/g, " ").trim() : "";
  }

  /* A cell's sort key: the number or date the page gives in data-sort, else one read from
   * its text. */
  function cellKey(row, index) {
    var cell = row.cells[index];
    var keyed = cell && cell.querySelector("[data-sort]");
    if (keyed) {
      var given = keyed.getAttribute("data-sort");
      var value = Number(given);
      return isNaN(value) ? { kind: "text", value: given } : { kind: "number", value: value };
    }
    return sortKey(cellText(row, index));
  }

  /* A sort key: dates as written (ISO dates sort as text), amounts as numbers, else text. */
  function sortKey(text) {
    if (!text) return null;
    if (DATE.test(text)) return { kind: "text", value: text };
    var match = NUMBER.exec(text);
    if (match) {
      var value = parseFloat(match[1].replace(/,/g, ""));
      if (match[2]) value *= SCALES[match[2].toLowerCase()];
      return { kind: "number", value: value };
    }
    return { kind: "text", value: text.toLowerCase() };
  }

  function compareKeys(a, b) {
    if (a === null && b === null) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    if (a.kind === "number" && b.kind === "number") return a.value - b.value;
    return String(a.value).localeCompare(String(b.value));
  }

  function headerIndex(table, name) {
    var cells = table.tHead ? table.tHead.rows[0].cells : [];
    for (var i = 0; i < cells.length; i++) {
      if (cells[i].textContent.trim() === name) return i;
    }
    return -1;
  }

  /* The values a cell offers to a filter: its year (":year"), its comma-separated items
   * (":list"), or its whole text. */
  function cellValues(row, index, mode) {
    var text = cellText(row, index);
    if (!text) return [];
    if (mode === "year") {
      var year = /^\d{4}/.exec(text);
      return year ? [year[0]] : [];
    }
    return mode === "list" ? text.split(/,\s+/) : [text];
  }

  function makeSortable(table, refresh) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "atlas-sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) {
          other.removeAttribute("aria-sort");
        });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var keyed = rows.map(function (row, position) {
          return { row: row, key: cellKey(row, index), position: position };
        });
        keyed.sort(function (a, b) {
          var order = compareKeys(a.key, b.key);
          if (a.key !== null && b.key !== null && !ascending) order = -order;
          return order || a.position - b.position;
        });
        keyed.forEach(function (item) {
          body.appendChild(item.row);
        });
        refresh();
      });
    });
  }

  function setUpTable(container) {
    var table = container.querySelector("table");
    if (!table || !table.tHead || !table.tBodies.length || container.dataset.atlasReady) return;
    container.dataset.atlasReady = "true";
    var rows = function () {
      return Array.prototype.slice.call(table.tBodies[0].rows);
    };
    var controls = document.createElement("div");
    controls.className = "atlas-table__controls";
    var status = document.createElement("p");
    status.className = "atlas-table__status";
    status.setAttribute("aria-live", "polite");

    var search = document.createElement("input");
    search.type = "search";
    search.className = "atlas-table__search";
    search.placeholder = "Filter rows";
    search.setAttribute("aria-label", "Filter the table's rows by any text");
    controls.appendChild(search);

    var filters = [];
    (container.dataset.atlasFilters || "").split(",").forEach(function (spec) {
      var parts = spec.trim().split(":");
      var name = parts[0];
      var mode = parts[1] || "";
      var byYear = mode === "year";
      var index = headerIndex(table, name);
      if (index < 0) return;
      var values = {};
      rows().forEach(function (row) {
        cellValues(row, index, mode).forEach(function (value) {
          values[value] = true;
        });
      });
      var options = Object.keys(values).sort(function (a, b) {
        return byYear ? b.localeCompare(a) : a.localeCompare(b);
      });
      if (options.length < 2) return;
      var label = document.createElement("label");
      label.className = "atlas-table__filter";
      label.appendChild(document.createTextNode(byYear ? name + " (year) " : name + " "));
      var select = document.createElement("select");
      select.appendChild(new Option("All", ""));
      options.forEach(function (value) {
        select.appendChild(new Option(value, value));
      });
      label.appendChild(select);
      controls.appendChild(label);
      filters.push({ select: select, index: index, mode: mode });
    });

    function refresh() {
      var query = search.value.trim().toLowerCase();
      var all = rows();
      var shown = 0;
      all.forEach(function (row) {
        var visible = !query || row.textContent.toLowerCase().indexOf(query) >= 0;
        filters.forEach(function (filter) {
          var wanted = filter.select.value;
          if (visible && wanted) {
            visible = cellValues(row, filter.index, filter.mode).indexOf(wanted) >= 0;
          }
        });
        row.hidden = !visible;
        if (visible) shown++;
      });
      status.textContent = "Showing " + shown + " of " + all.length + " rows.";
    }

    search.addEventListener("input", refresh);
    filters.forEach(function (filter) {
      filter.select.addEventListener("change", refresh);
    });
    makeSortable(table, refresh);
    container.insertBefore(status, container.firstChild);
    container.insertBefore(controls, status);
    refresh();
  }

  function modelId(th) {
    var link = th.querySelector("a[href]");
    var match = link && /models\/([a-z0-9-]+)\/?$/.exec(link.getAttribute("href"));
    return match ? match[1] : null;
  }

  function setUpModelPicker(container) {
    var table = container.querySelector("table");
    if (!table || !table.tHead || container.dataset.atlasReady) return;
    container.dataset.atlasReady = "true";
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells, 1);
    if (headers.length < 3) return;
    var ids = headers.map(modelId);
    var wanted = (new URLSearchParams(window.location.search).get("models") || "").split(",");
    var chosen = wanted.filter(function (id) {
      return ids.indexOf(id) >= 0;
    });
    if (chosen.length < 2) chosen = ids.slice(-2);

    var controls = document.createElement("div");
    controls.className = "atlas-table__controls";
    var selects = [0, 1].map(function (n) {
      var label = document.createElement("label");
      label.className = "atlas-table__filter";
      label.appendChild(document.createTextNode(n === 0 ? "Model " : "compared with "));
      var select = document.createElement("select");
      headers.forEach(function (th, index) {
        select.appendChild(new Option(th.textContent.trim(), ids[index]));
      });
      select.value = chosen[n];
      label.appendChild(select);
      controls.appendChild(label);
      return select;
    });
    var allLabel = document.createElement("label");
    allLabel.className = "atlas-table__filter";
    var all = document.createElement("input");
    all.type = "checkbox";
    allLabel.appendChild(all);
    allLabel.appendChild(document.createTextNode(" show all models"));
    controls.appendChild(allLabel);

    function refresh() {
      var show = selects.map(function (select) {
        return select.value;
      });
      Array.prototype.forEach.call(table.rows, function (row) {
        var filled = false;
        Array.prototype.forEach.call(row.cells, function (cell, index) {
          if (index === 0) return;
          cell.hidden = !all.checked && show.indexOf(ids[index - 1]) < 0;
          if (!cell.hidden && cell.textContent.trim()) filled = true;
        });
        /* A field neither chosen model has is left out of the side-by-side view. */
        row.hidden = row.parentNode.tagName === "TBODY" && !filled;
      });
      var params = new URLSearchParams(window.location.search);
      params.set("models", show.join(","));
      window.history.replaceState(null, "", "?" + params.toString() + window.location.hash);
    }

    selects.forEach(function (select) {
      select.addEventListener("change", refresh);
    });
    all.addEventListener("change", refresh);
    container.insertBefore(controls, container.firstChild);
    refresh();
  }

  // On a phone an entry's own tables (people, funding, provisions...) show each row as a card
  // (atlas.css): every cell is labelled with its column's heading, so no column hides off to the
  // side. The listings of whole kinds (.atlas-table) keep their columns and scroll.
  function labelCells(table) {
    if (table.closest(".atlas-table") || table.dataset.atlasCards !== undefined) return;
    const heads = Array.from(table.querySelectorAll("thead th"), (th) => th.textContent.trim());
    table.querySelectorAll("tbody tr").forEach((row) => {
      Array.from(row.children).forEach((cell, i) => {
        if (heads[i]) cell.dataset.label = heads[i];
      });
    });
    table.dataset.atlasCards = "";
  }

  function init() {
    document.querySelectorAll("article table:not([class])").forEach(labelCells);
    document.querySelectorAll(".atlas-table[data-atlas-filters]").forEach(setUpTable);
    document.querySelectorAll(".atlas-model-compare").forEach(setUpModelPicker);
  }

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
