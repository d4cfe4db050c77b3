// Bytes a phone downloads to open one page: every response of a page load
// in Debian's Chromium at a 390 px wide viewport. Usage:
//   node benches/photo_page.mjs URL [device-scale-factor]
import { chromium } from "playwright-core";

const [url, scale = "1"] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: Number(scale) });
const responses = [];
page.on("requestfinished", async (request) => {
  const sizes = await request.sizes();
  responses.push([request.url(), sizes.responseBodySize + sizes.responseHeadersSize]);
});
await page.goto(url, { waitUntil: "networkidle" });
await browser.close();
let total = 0;
for (const [u, n] of responses) {
  total += n;
  console.log(`${(n / 1024).toFixed(1).padStart(8)} KiB  ${u}`);
}
console.log(`${(total / 1024).toFixed(1).padStart(8)} KiB  total, ${responses.length} requests`);
