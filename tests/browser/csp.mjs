// The default theme under the Content-Security-Policy that keng writes in
// `_headers` (served by the test as a real response header): every page
// loads, search runs, a video plays, and the browser reports no violation.
// Usage: node tests/browser/csp.mjs BASE PATH... [-- VIDEO_BASE VIDEO_PATH]
import { chromium } from "playwright-core";

const args = process.argv.slice(2);
const split = args.indexOf("--");
const [base, ...paths] = split < 0 ? args : args.slice(0, split);
const [videoBase, videoPath] = split < 0 ? [] : args.slice(split + 1);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failures = 0;
const fail = (msg) => { console.log("FAIL " + msg); failures++; };
const report = { pages: 0, violations: 0 };
try {
  const context = await browser.newContext();
  // Nothing leaves the machine; a refused request is not a CSP violation.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    return url.startsWith(base) || (videoBase && url.startsWith(videoBase)) ? route.continue() : route.abort();
  });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const page = await context.newPage();
  const consoleCsp = [];
  page.on("console", (m) => { if (/Content[- ]Security[- ]Policy/i.test(m.text())) consoleCsp.push(m.text()); });
  const check = async (label) => {
    const v = await page.evaluate(() => window.__violations);
    for (const x of v) fail(`${label}: ${x}`);
    report.violations += v.length;
  };
  for (const path of paths) {
    const response = await page.goto(base + path, { waitUntil: "load" });
    const csp = response.headers()["content-security-policy"] || "";
    if (!csp.includes("script-src 'self'")) fail(`${path}: served without the policy`);
    if (path.startsWith("/tim-kiem/")) {
      await page.fill("#q", "");
      await page.type("#q", "lua dao", { delay: 10 });
      await page.waitForSelector("#ket-qua li", { timeout: 5000 }).catch(() => fail(`${path}: search found nothing`));
    }
    await page.waitForTimeout(100);
    await check(path);
    report.pages++;
  }
  if (videoBase) {
    await page.goto(videoBase + videoPath, { waitUntil: "load" });
    const aligned = await page.$eval("td.align-right", (td) => getComputedStyle(td).textAlign).catch(() => "missing");
    if (aligned !== "right") fail(`table alignment by class: ${aligned}`);
    await page.click(".video-link");
    await page.waitForSelector(".video iframe");
    await page.waitForTimeout(300);
    await check(videoPath);
    report.pages++;
  }
  for (const m of consoleCsp) fail(`console: ${m}`);
  console.log(JSON.stringify(report));
} finally {
  await browser.close();
}
process.exit(failures ? 1 : 0);
