// Measures what a first search downloads: runs queries on /tim-kiem/ in
// headless Chromium, records every index file fetched, and sums their sizes
// gzip-compressed (as a static host would send them).
// Usage: node benches/search_size.mjs http://127.0.0.1:PORT PUBLIC_DIR "query" ...
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";

const [base, dir, ...queries] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
for (const q of queries) {
  const context = await browser.newContext(); // empty cache for each query
  const page = await context.newPage();
  const fetched = new Set();
  page.on("request", (r) => { const u = new URL(r.url()); if (u.pathname.includes("/tim-kiem/index/")) fetched.add(u.pathname); });
  await page.goto(base + "/tim-kiem/?q=" + encodeURIComponent(q));
  await page.waitForFunction(() => document.querySelector("#ket-qua-trang-thai").textContent.length > 0, null, { timeout: 20000 });
  await page.waitForTimeout(300);
  let raw = 0, gz = 0;
  for (const p of fetched) {
    const bytes = readFileSync(join(dir, p));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  const js = gzipSync(readFileSync(join(dir, "search.js")), { level: 9 }).length;
  console.log(JSON.stringify({ query: q, files: fetched.size, index_raw_kib: +(raw / 1024).toFixed(1), index_gzip_kib: +(gz / 1024).toFixed(1), search_js_gzip_kib: +(js / 1024).toFixed(1) }));
  await context.close();
}
await browser.close();
