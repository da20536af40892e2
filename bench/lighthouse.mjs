#!/usr/bin/env node
// Lighthouse 12 (npm lighthouse@12.2.3, in bench/node_modules) on its mobile preset, in Debian's
// Chromium, for the sign-up page and a status page: performance, accessibility and SEO scores,
// largest contentful paint, total blocking time and cumulative layout shift. Issue 14's goals:
// performance 100, LCP at most 1.2 s, TBT at most 50 ms, CLS 0, accessibility 100.
//
// Usage: node bench/lighthouse.mjs --base http://127.0.0.1:PORT [--path / ...] [--runs 3] [--json]
//   --path P     a page to audit (repeatable; default /). Lighthouse simulates a slow 4G
//                phone (its mobile preset), so figures are comparable between machines.
//   --runs N     audits of each page; the median run (by performance score) is reported
//   --chromium   the browser (default $CHROMIUM_PATH or /usr/bin/chromium)
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const opts = { base: null, paths: [], runs: 3, json: false, chromium: process.env.CHROMIUM_PATH || "/usr/bin/chromium" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--base") opts.base = argv[++i].replace(/\/+$/, "");
    else if (a === "--path") opts.paths.push(argv[++i]);
    else if (a === "--runs") opts.runs = Math.max(1, Number(argv[++i]));
    else if (a === "--json") opts.json = true;
    else if (a === "--chromium") opts.chromium = argv[++i];
    else {
      console.error(`lighthouse.mjs: unknown argument ${a}`);
      process.exit(2);
    }
  }
  if (!opts.base) {
    console.error("usage: node bench/lighthouse.mjs --base http://127.0.0.1:PORT [--path /] [--runs 3] [--json]");
    process.exit(2);
  }
  if (!opts.paths.length) opts.paths.push("/");
  return opts;
}

async function load(module, file) {
  const path = join(here, "node_modules", module, file);
  if (!existsSync(path)) {
    console.error(`lighthouse.mjs: ${module} is not installed; run \`npm ci --prefix bench\``);
    process.exit(2);
  }
  return import(pathToFileURL(path).href);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { default: lighthouse } = await load("lighthouse", "core/index.js");
  const chromeLauncher = await load("chrome-launcher", "dist/index.js");
  const chrome = await chromeLauncher.launch({
    chromePath: opts.chromium,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
  });
  const pages = [];
  try {
    for (const path of opts.paths) {
      const runs = [];
      for (let i = 0; i < opts.runs; i++) {
        // Lighthouse's default configuration is its mobile preset (Moto G Power, slow 4G
        // simulated, 4x CPU).
        const result = await lighthouse(opts.base + path, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "seo"],
        });
        const lhr = result.lhr;
        const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
        const audit = (a) => lhr.audits[a]?.numericValue ?? null;
        runs.push({
          performance: score("performance"),
          accessibility: score("accessibility"),
          seo: score("seo"),
          lcp_ms: Math.round(audit("largest-contentful-paint")),
          tbt_ms: Math.round(audit("total-blocking-time")),
          cls: Math.round(audit("cumulative-layout-shift") * 1000) / 1000,
          fcp_ms: Math.round(audit("first-contentful-paint")),
          failed: Object.values(lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && ["binary", "numeric"].includes(a.scoreDisplayMode))
            .map((a) => a.id),
        });
        process.stderr.write(`lighthouse ${path} run ${i + 1}/${opts.runs}: performance ${runs.at(-1).performance}\n`);
      }
      runs.sort((a, b) => a.performance - b.performance || b.lcp_ms - a.lcp_ms);
      pages.push({ path, version: lighthouse.version ?? "12", ...runs[Math.floor(runs.length / 2)] });
    }
  } finally {
    await chrome.kill();
  }
  const goals = (p) =>
    p.performance === 100 && p.lcp_ms <= 1200 && p.tbt_ms <= 50 && p.cls === 0 && p.accessibility === 100;
  console.log("Lighthouse 12.2.3, mobile preset (simulated slow 4G, 4x CPU), median of " + opts.runs + " runs");
  console.log(`${"page".padEnd(34)}${"perf".padStart(6)}${"a11y".padStart(6)}${"seo".padStart(6)}${"LCP ms".padStart(9)}${"TBT ms".padStart(9)}${"CLS".padStart(7)}  goals`);
  for (const p of pages) {
    const shown = p.path.length > 32 ? p.path.slice(0, 20) + "…" + p.path.slice(-8) : p.path;
    console.log(
      `${shown.padEnd(34)}${String(p.performance).padStart(6)}${String(p.accessibility).padStart(6)}${String(p.seo).padStart(6)}` +
        `${String(p.lcp_ms).padStart(9)}${String(p.tbt_ms).padStart(9)}${String(p.cls).padStart(7)}  ${goals(p) ? "PASS" : "FAIL"}`,
    );
    if (p.failed.length) console.log(`  not passed: ${p.failed.join(", ")}`);
  }
  if (opts.json) console.log(JSON.stringify({ benchmark: "lighthouse", pages: pages.map((p) => ({ ...p, pass: goals(p) })) }));
}

main().catch((e) => {
  console.error(`lighthouse.mjs: ${e.stack || e}`);
  process.exit(1);
});
