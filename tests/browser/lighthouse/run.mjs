// Runs Lighthouse on every URL given on standard input (a JSON list) in one
// Chromium, one after another, and prints one JSON object: each URL's
// category scores and the audits that lost points. Used by
// tests/browser/test_lighthouse.py; CHROME_PATH names the browser (Debian's
// /usr/bin/chromium): nothing is downloaded.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

const CATEGORIES = ["accessibility", "best-practices", "seo"];

const urls = JSON.parse(await new Promise((resolve) => {
  let input = "";
  process.stdin.on("data", (chunk) => (input += chunk));
  process.stdin.on("end", () => resolve(input));
}));

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const config = {
  ...desktopConfig,
  settings: {
    ...desktopConfig.settings,
    onlyCategories: CATEGORIES,
    // The audits check what the pages say and do, not how fast they load.
    // Simulated throttling throttles nothing while the page loads (it only
    // models the performance metrics, not asked for here), and it is the one
    // method for which Lighthouse keeps these waits: with any other it waits
    // at least 5.25 s for quiet network and CPU on each page. Half a second of
    // quiet network still catches what the page requests after loading (its
    // icon and manifest) and any console error they cause.
    throttlingMethod: "simulate",
    pauseAfterFcpMs: 0,
    pauseAfterLoadMs: 0,
    networkQuietThresholdMs: 500,
    cpuQuietThresholdMs: 0,
    disableStorageReset: true,
    disableFullPageScreenshot: true,
    skipAboutBlank: true,
  },
};

const results = {};
try {
  for (const url of urls) {
    const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: "error" }, config);
    const failing = [];
    for (const id of CATEGORIES) {
      for (const ref of lhr.categories[id].auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          const items = (audit.details?.items ?? []).slice(0, 5).map((item) =>
            JSON.stringify(item.node?.snippet ?? item.source ?? item.url ?? item.description ?? item).slice(0, 300),
          );
          failing.push({ category: id, id: ref.id, title: audit.title, items });
        }
      }
    }
    results[url] = {
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)])),
      failing,
      runtimeError: lhr.runtimeError?.message ?? null,
    };
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(results));
