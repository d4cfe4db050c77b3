// Types queries without diacritics into /tim-kiem/ in headless Chromium and
// checks that the expected pages are among the results.
// Usage: node tests/browser/search.mjs http://127.0.0.1:PORT
import { chromium } from "playwright-core";

const base = process.argv[2];
const cases = [
  { query: "keng an ninh", expect: "/mo-hinh/tieng-keng-an-ninh/" },
  { query: "lua dao", expect: "/phong-chong-lua-dao/" },
  { query: "duc trong", expect: "/tin-tuc/tong-ket-phong-trao-bao-ve-an-ninh-to-quoc-2020/" },
  { query: "gia danh cong an", expect: "/phong-chong-lua-dao/gia-danh-cong-an-vien-kiem-sat-toa-an/" },
  { query: "tieng ke", expect: "/mo-hinh/tieng-keng-an-ninh/" }, // prefix as you type
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
let failures = 0;
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  for (const c of cases) {
    await page.goto(base + "/tim-kiem/");
    await page.fill("#q", "");
    await page.type("#q", c.query, { delay: 20 });
    await page.waitForFunction(() => document.querySelector("#ket-qua-trang-thai").textContent.length > 0, null, { timeout: 5000 });
    const links = await page.$$eval("#ket-qua a", (as) => as.map((a) => new URL(a.href).pathname));
    const status = await page.textContent("#ket-qua-trang-thai");
    const marked = await page.$$eval("#ket-qua mark", (ms) => ms.map((m) => m.textContent));
    const ok = links.some((l) => l.startsWith(c.expect));
    console.log(JSON.stringify({ query: c.query, ok, status, first: links.slice(0, 3), marked: marked.slice(0, 4) }));
    if (!ok) failures++;
  }
  // The query is kept in the URL and runs again when the page is opened with it.
  await page.goto(base + "/tim-kiem/?q=" + encodeURIComponent("lua dao"));
  await page.waitForSelector("#ket-qua a", { timeout: 5000 });
  const shared = await page.inputValue("#q");
  if (shared !== "lua dao") { console.log("shared query not restored: " + shared); failures++; }
  // The status is announced to screen readers.
  const live = await page.getAttribute("#ket-qua-trang-thai", "aria-live");
  if (live !== "polite") { console.log("no aria-live"); failures++; }
} finally {
  await browser.close();
}
process.exit(failures ? 1 : 0);
