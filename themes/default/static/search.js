// keng site search: queries the index that `keng build` wrote under
// /tim-kiem/index/. Folding here must match src/search/fold.rs.
(function () {
  "use strict";
  var form = document.getElementById("tim-kiem");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("ket-qua-trang-thai");
  var list = document.getElementById("ket-qua");
  var base = form.getAttribute("data-index");
  var text = form.dataset;
  var cache = {};

  function fold(s) {
    return s.normalize("NFC").normalize("NFD").replace(/\p{M}/gu, "")
      .replace(/[đĐ]/g, "d").toLowerCase();
  }
  function words(s) {
    return s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }
  function shardKey(w) {
    var k = w.slice(0, 2);
    return /^[a-z0-9]+$/.test(k) ? k : "_";
  }
  function load(name) {
    if (!cache[name]) {
      cache[name] = fetch(base + name).then(function (r) {
        return r.ok ? r.json() : null;
      }).catch(function () { return null; });
    }
    return cache[name];
  }

  async function search(query) {
    var original = words(query.toLowerCase());
    var tokens = original.map(fold);
    if (!tokens.length) return [];
    var meta = await load("meta.json");
    if (!meta) return [];
    var found = new Map(); // doc -> {score, hits:Set}
    for (var i = 0; i < tokens.length; i++) {
      var t = tokens[i];
      var last = i === tokens.length - 1;
      var key = shardKey(t);
      if (meta.shards.indexOf(key) < 0) continue;
      var shard = await load("t-" + key + ".json");
      if (!shard) continue;
      var terms = last ? Object.keys(shard).filter(function (w) { return w.indexOf(t) === 0; }) : (shard[t] ? [t] : []);
      terms.sort(function (a, b) { return a.length - b.length; });
      terms.slice(0, 30).forEach(function (w) {
        var exact = w === t ? 1 : 0.6; // a finished word beats a prefix
        shard[w].forEach(function (p) {
          var f = found.get(p[0]) || { score: 0, hits: new Set() };
          f.score += p[1] * exact;
          f.hits.add(i);
          found.set(p[0], f);
        });
      });
    }
    var ranked = Array.from(found.entries()).sort(function (a, b) {
      return (b[1].hits.size - a[1].hits.size) || (b[1].score - a[1].score) || (a[0] - b[0]);
    }).slice(0, 20);
    var results = [];
    for (var r of ranked) {
      var shardNo = Math.floor(r[0] / meta.docs_per_shard);
      var docs = await load("d-" + shardNo + ".json");
      if (!docs) continue;
      var d = docs[r[0] % meta.docs_per_shard];
      results.push({ title: d[0], url: d[1], section: d[2], date: d[3], excerpt: d[4], score: r[1].score, hits: r[1].hits.size });
    }
    // Typed with diacritics: entries with exactly those words come first.
    var typedMarks = original.some(function (w, n) { return w !== tokens[n]; });
    if (typedMarks) {
      results.forEach(function (res) {
        var hay = (res.title + " " + res.excerpt).toLowerCase();
        res.exact = original.filter(function (w) { return hay.indexOf(w) >= 0; }).length;
      });
      results.sort(function (a, b) { return (b.hits - a.hits) || (b.exact - a.exact) || (b.score - a.score); });
    }
    return results.slice(0, 20);
  }

  // Appends `s` to `el`, marking words that match the query, in their original spelling.
  function highlight(el, s, tokens) {
    s.split(/([^\p{L}\p{N}]+)/u).forEach(function (part) {
      var f = fold(part);
      if (part && tokens.some(function (t) { return f.indexOf(t) === 0 && t.length > 0; })) {
        var m = document.createElement("mark");
        m.textContent = part;
        el.appendChild(m);
      } else {
        el.appendChild(document.createTextNode(part));
      }
    });
  }
  function snippet(excerpt, tokens) {
    var parts = excerpt.split(/\s+/);
    var at = parts.findIndex(function (w) {
      var f = fold(w);
      return tokens.some(function (t) { return f.indexOf(t) >= 0; });
    });
    var start = Math.max(0, at - 12);
    var s = parts.slice(start, start + 30).join(" ");
    return (start > 0 ? "… " : "") + s + (start + 30 < parts.length ? " …" : "");
  }

  var timer = null;
  var current = 0;
  async function run() {
    var q = input.value.trim();
    var url = new URL(window.location.href);
    if (q) url.searchParams.set("q", q); else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
    list.textContent = "";
    if (!q) { status.textContent = ""; return; }
    var ticket = ++current;
    var results = await search(q);
    if (ticket !== current) return;
    var tokens = words(q.toLowerCase()).map(fold);
    results.forEach(function (r) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = r.url;
      highlight(a, r.title, tokens);
      var meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = r.section + (r.date ? " · " + r.date.slice(0, 10) : "");
      var p = document.createElement("p");
      highlight(p, snippet(r.excerpt, tokens), tokens);
      li.appendChild(a);
      li.appendChild(meta);
      li.appendChild(p);
      list.appendChild(li);
    });
    status.textContent = (results.length ? text.found : text.none)
      .replace("{n}", String(results.length)).replace("{q}", q);
  }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    run();
  });
  var initial = new URL(window.location.href).searchParams.get("q");
  if (initial) {
    input.value = initial;
    run();
  }
})();
