// Pages of the `shortcodes` fixture in headless Chromium: axe-core finds
// no WCAG A/AA violation in light and dark colour schemes; the page makes
// no request outside the site until the reader clicks the video; then the
// host's player (youtube-nocookie) is asked for; without JavaScript the
// video is a plain link to the host.
// Usage: node tests/browser/shortcodes.mjs http://127.0.0.1:PORT OUT_DIR
import { chromium } from "playwright-core";
import { readFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";

const [base, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const pages = { article: "/tin-tuc/ma-ngan/", guide: "/lua-dao/goi-dien/" };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failures = 0;
const fail = (msg) => { console.log("FAIL " + msg); failures++; };
const report = {};
try {
  for (const scheme of ["light", "dark"]) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: scheme });
    const outside = [];
    // Nothing leaves the machine: requests elsewhere are noted and refused.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(base)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(base + path, { waitUntil: "load" });
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] } }));
      for (const v of result.violations) fail(`${scheme} ${name}: axe ${v.id}: ${v.nodes[0].html.slice(0, 120)}`);
      report[`${scheme}_${name}_axe_violations`] = result.violations.length;
    }
    await page.goto(base + pages.article, { waitUntil: "load" });
    await page.waitForTimeout(300);
    if (outside.length) fail(`${scheme}: requests outside the site before a click: ${outside.join(", ")}`);
    report[`${scheme}_requests_outside_before_click`] = outside.length;
    await page.screenshot({ path: `${out}/shortcodes-${scheme}.png`, fullPage: true });
    if (scheme === "light") {
      await page.click(".video-link");
      const src = await page.waitForSelector(".video iframe").then((f) => f.getAttribute("src"));
      if (!src.startsWith("https://www.youtube-nocookie.com/embed/")) fail(`player src ${src}`);
      await page.waitForTimeout(300);
      const asked = outside.filter((u) => u.startsWith("https://www.youtube-nocookie.com/"));
      if (!asked.length) fail("the click did not ask for the player");
      report.requests_outside_after_click = outside.length;
    }
    await context.close();
  }
  // Without JavaScript the video is a link to its page on the host.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const page = await plain.newPage();
  await page.goto(base + pages.article);
  const href = await page.getAttribute(".video .video-link", "href");
  if (href !== "https://www.youtube.com/watch?v=dQw4w9WgXcQ") fail(`no-JS link ${href}`);
  if (await page.$(".video iframe")) fail("an iframe without JavaScript");
  const visible = await page.isVisible(".video .video-link");
  if (!visible) fail("the video link is hidden without JavaScript");
  report.no_js_link = href;
  await plain.close();
  console.log(JSON.stringify(report));
} finally {
  await browser.close();
}
process.exit(failures ? 1 : 0);
