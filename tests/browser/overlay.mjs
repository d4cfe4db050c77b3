// keng serve's error overlay speaks the page's language: a Vietnamese page
// and its English translation are open when a file breaks; each shows the
// findings in its own language, with their codes, and both clear when the
// file is fixed.
// Usage: node tests/browser/overlay.mjs BASE VI_PATH EN_PATH BROKEN_FILE [SCREENSHOT_DIR]
import { chromium } from "playwright-core";
import { writeFileSync, unlinkSync } from "node:fs";

const [base, viPath, enPath, broken, shots] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failures = 0;
const fail = (msg) => { console.log("FAIL " + msg); failures++; };
const report = {};
try {
  const context = await browser.newContext();
  const open = async (path) => {
    const page = await context.newPage();
    await page.goto(base + path, { waitUntil: "load" });
    return page;
  };
  const vi = await open(viPath);
  const en = await open(enPath);
  // Both pages' event streams are connected before the file breaks.
  await vi.waitForTimeout(700);
  writeFileSync(broken, '+++\ntitle = "Họp dân\n+++\n');
  const overlay = async (page, label) => {
    await page.waitForSelector("#keng-error-overlay", { timeout: 15000 }).catch(() => fail(`${label}: no overlay`));
    return page.$eval("#keng-error-overlay", (e) => ({ text: e.textContent, lang: e.getAttribute("lang") })).catch(() => ({ text: "", lang: "" }));
  };
  const viOverlay = await overlay(vi, "vi");
  const enOverlay = await overlay(en, "en");
  report.vi = viOverlay.text.split("\n").slice(0, 3);
  report.en = enOverlay.text.split("\n").slice(0, 3);
  if (viOverlay.lang !== "vi") fail(`vi overlay lang=${viOverlay.lang}`);
  if (!viOverlay.text.includes("dựng trang không thành công")) fail(`vi heading: ${viOverlay.text}`);
  if (!/: lỗi\[K0103\]: viết sai cú pháp TOML/.test(viOverlay.text)) fail(`vi finding: ${viOverlay.text}`);
  if (!viOverlay.text.includes("gợi ý:")) fail(`vi hint: ${viOverlay.text}`);
  if (enOverlay.lang !== "en") fail(`en overlay lang=${enOverlay.lang}`);
  if (!enOverlay.text.includes("the build failed")) fail(`en heading: ${enOverlay.text}`);
  if (!/: error\[K0103\]: this is not valid TOML/.test(enOverlay.text)) fail(`en finding: ${enOverlay.text}`);
  if (shots) {
    await vi.screenshot({ path: `${shots}/overlay-vi.png` });
    await en.screenshot({ path: `${shots}/overlay-en.png` });
  }
  // Fixed: the overlay goes away on both.
  unlinkSync(broken);
  for (const [page, label] of [[vi, "vi"], [en, "en"]]) {
    await page.waitForFunction(() => !document.getElementById("keng-error-overlay"), null, { timeout: 15000 })
      .catch(() => fail(`${label}: the overlay stayed after the fix`));
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
process.exit(failures ? 1 : 0);
