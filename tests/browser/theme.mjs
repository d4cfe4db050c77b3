// The default theme in headless Chromium at phone width: axe-core finds no
// WCAG 2.0/2.1/2.2 A or AA violation on one page of each type in light and
// dark colour schemes; the page has no horizontal scroll at 200% text size;
// screenshots are saved; a guide prints on one A4 page.
// Usage: node tests/browser/theme.mjs http://127.0.0.1:PORT OUT_DIR
import { chromium } from "playwright-core";
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const [base, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const pages = {
  home: "/",
  article: "/tin-tuc/tong-ket-phong-trao-bao-ve-an-ninh-to-quoc-2020/",
  article_figure: "/tin-tuc/mang-luoi-camera-an-ninh-2020/",
  article_callout: "/tin-tuc/giao-nop-vu-khi-vat-lieu-no-2020/",
  news: "/tin-tuc/",
  models: "/mo-hinh/",
  model: "/mo-hinh/tieng-keng-an-ninh/",
  cameras: "/camera/",
  signs: "/bien-canh-bao/",
  sign_category: "/bien-canh-bao/loai/an-ninh-trat-tu/",
  guides: "/phong-chong-lua-dao/",
  guide: "/phong-chong-lua-dao/gia-danh-cong-an-vien-kiem-sat-toa-an/",
  alerts: "/canh-bao/",
  alert: "/canh-bao/gia-danh-cong-an-goi-dien-2026/",
  statistics: "/thong-ke/",
  tags: "/tags/",
  tag: "/tags/an-ninh/",
  search: "/tim-kiem/?q=lua%20dao",
  not_found: "/404.html",
  en_home: "/en/",
  en_article: "/en/tin-tuc/tong-ket-phong-trao-bao-ve-an-ninh-to-quoc-2020/",
  en_model: "/en/mo-hinh/tieng-keng-an-ninh/",
};
const shots = ["home", "article", "article_figure", "guide", "statistics"];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failures = 0;
const fail = (msg) => { console.log("FAIL " + msg); failures++; };
try {
  for (const scheme of ["light", "dark"]) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(base + path);
      if (name === "search") await page.waitForSelector("#ket-qua a");
      const h1 = await page.$$eval("h1", (hs) => hs.length);
      if (h1 !== 1) fail(`${name}: ${h1} h1 elements`);
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] } }));
      for (const v of result.violations) fail(`${scheme} ${name}: axe ${v.id}: ${v.nodes[0].html.slice(0, 100)}`);
      if (shots.includes(name)) await page.screenshot({ path: `${out}/${name}-${scheme}.png`, fullPage: true });
    }
    // Text at 200%: nothing may need a horizontal scroll.
    for (const name of ["home", "guide", "statistics"]) {
      await page.goto(base + pages[name]);
      await page.addStyleTag({ content: "html { font-size: 225% !important; }" });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 1) fail(`${scheme} ${name}: ${overflow}px horizontal overflow at 200% text`);
    }
    await context.close();
  }
  // Every guide prints as a tip sheet on one A4 page.
  const page = await browser.newPage();
  await page.goto(base + pages.guides);
  const guides = [...new Set(await page.$$eval(".card a", (as) => as.map((a) => new URL(a.href).pathname)))];
  if (guides.length < 8) fail(`only ${guides.length} guides on the hub`);
  await page.emulateMedia({ media: "print" });
  const counts = {};
  for (const path of guides) {
    await page.goto(base + path);
    const pdf = await page.pdf({ format: "A4", printBackground: false });
    if (path === pages.guide) writeFileSync(`${out}/guide.pdf`, pdf);
    counts[path] = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
    if (counts[path] !== 1) fail(`${path} prints on ${counts[path]} pages`);
  }
  console.log(JSON.stringify({ guide_pdf_pages: counts }));
} finally {
  await browser.close();
}
process.exit(failures ? 1 : 0);
