#!/usr/bin/env node
// Benchmark 4 of issue 4, goals of issue 14: the bytes the sign-up page loads (as sent: brotli
// where the server has a .br copy), the time until its form is visible and takes typing, and the
// time until the app has taken it over, in Chromium under mobile throttling (150 ms latency,
// 1.6 Mbps down, 750 kbps up, 4x CPU slowdown), against a static HTML page of the same form
// served by the same server in the same run. Goals: the form at most 1.2x the static page's
// time, the app's takeover at most 2.5x.
//
// Usage: node bench/frontend.mjs --base http://127.0.0.1:PORT --dist DIR [--runs 5] [--json]
//   --base URL         the running `ballot-api serve` (serving DIST at /)
//   --dist DIR         the DIST_DIR that server serves; the static page is written there for
//                      the run (bench-static-signup.html, .br, .gz) and removed afterwards
//   --runs N           measured loads of each page (default 5), alternating app and static
//   --json             also print one JSON object with every figure on the last line
//   --check            exit with status 1 when the goal is missed
//   --save-static FILE also keep a copy of the generated static page in FILE
//   --latency MS --down-mbps N --up-kbps N --cpu N   the throttling (defaults as above)
//   --chromium PATH    the browser (default $CHROMIUM_PATH or /usr/bin/chromium)
//
// The static page is made at run time from the app's own rendered DOM (scripts, module and
// WASM preloads and the ready marker removed), so it is the form the user sees, linking the same
// hashed stylesheet, and never goes stale when the build changes.
//
// "Interactive" is measured in the page with performance.now() (milliseconds since navigation
// start), by an init script that runs before any page script:
//   form:   (both pages) when the form's submit button is in the DOM and DOMContentLoaded has
//           fired: the server's page takes typing from then on;
//   app:    when <html data-ready="true"> appears; frontend/src/takeover.rs sets it once the
//           app has taken the page over, its handlers attached.
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const STATIC_NAME = "bench-static-signup.html";
const LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

// ---------------------------------------------------------------------------------------------
// Arguments

function parseArgs(argv) {
  const opts = {
    base: null,
    dist: null,
    runs: 5,
    json: false,
    check: false,
    saveStatic: null,
    latency: 150,
    downMbps: 1.6,
    upKbps: 750,
    cpu: 4,
    chromium: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    path: "/",
    timeout: 120_000,
  };
  const value = (i, name) => {
    if (i + 1 >= argv.length) usage(`${name} needs a value`);
    return argv[i + 1];
  };
  const number = (i, name) => {
    const n = Number(value(i, name));
    if (!Number.isFinite(n) || n <= 0) usage(`${name} must be a positive number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case "--base": opts.base = value(i, a).replace(/\/+$/, ""); i++; break;
      case "--dist": opts.dist = resolve(value(i, a)); i++; break;
      case "--runs": opts.runs = Math.round(number(i, a)); i++; break;
      case "--json": opts.json = true; break;
      case "--check": opts.check = true; break;
      case "--save-static": opts.saveStatic = resolve(value(i, a)); i++; break;
      case "--latency": opts.latency = number(i, a); i++; break;
      case "--down-mbps": opts.downMbps = number(i, a); i++; break;
      case "--up-kbps": opts.upKbps = number(i, a); i++; break;
      case "--cpu": opts.cpu = number(i, a); i++; break;
      case "--chromium": opts.chromium = value(i, a); i++; break;
      case "--timeout": opts.timeout = number(i, a); i++; break;
      case "-h": case "--help": usage(); break;
      default: usage(`unknown argument ${a}`);
    }
  }
  if (!opts.base || !opts.dist) usage("--base and --dist are required");
  if (!existsSync(join(opts.dist, "index.html"))) usage(`${opts.dist}/index.html does not exist`);
  return opts;
}

function usage(problem) {
  if (problem) console.error(`frontend.mjs: ${problem}`);
  console.error(
    "usage: node bench/frontend.mjs --base http://127.0.0.1:PORT --dist DIR [--runs 5] [--json] [--check]\n" +
      "       [--save-static FILE] [--latency 150] [--down-mbps 1.6] [--up-kbps 750] [--cpu 4] [--chromium PATH]",
  );
  process.exit(problem ? 2 : 0);
}

// ---------------------------------------------------------------------------------------------
// Playwright, from the browser tests' own install (e2e/node_modules); never a downloaded browser.

async function loadPlaywright() {
  const candidates = [
    join(here, "../e2e/node_modules/playwright-core/index.mjs"),
    join(here, "../e2e/node_modules/@playwright/test/index.mjs"),
  ];
  for (const file of candidates) {
    if (existsSync(file)) return import(pathToFileURL(file).href);
  }
  console.error("frontend.mjs: Playwright is not installed; run `bash scripts/setup.sh --browser`");
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// In-page instrumentation. Runs before any script of the page; everything is performance.now(),
// i.e. milliseconds since the navigation started.

function initScript(kind) {
  const b = {
    kind,
    dcl: null, // DOMContentLoaded
    button: null, // the submit button is in the DOM
    ready: null, // <html data-ready="true"> (the app has mounted)
    interactive: null,
    wasm: [], // WebAssembly.* calls: name, start, end
  };
  let finish;
  window.__benchDone = new Promise((r) => (finish = r));
  window.__bench = b;
  const check = () => {
    const now = performance.now();
    if (b.button === null && document.querySelector('main form button.button[type="submit"]')) b.button = now;
    if (b.ready === null && document.documentElement.getAttribute("data-ready") === "true") b.ready = now;
    if (b.interactive !== null) return;
    const formReady = b.button !== null && b.dcl !== null;
    const done = kind === "app" ? b.ready !== null && formReady : formReady;
    if (done) {
      b.form = Math.max(b.button, b.dcl);
      b.interactive = kind === "app" ? b.ready : b.form;
      observer.disconnect();
      finish(b);
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["data-ready"],
  });
  document.addEventListener("DOMContentLoaded", () => {
    b.dcl = performance.now();
    check();
  });
  // When WASM compilation and instantiation start and finish (wasm-bindgen's loader uses
  // instantiateStreaming, or instantiate on the bytes when the MIME type is wrong).
  for (const name of ["instantiateStreaming", "compileStreaming", "instantiate", "compile"]) {
    const original = WebAssembly[name];
    if (typeof original !== "function") continue;
    WebAssembly[name] = function (...args) {
      const entry = { name, start: performance.now(), end: null };
      b.wasm.push(entry);
      const result = original.apply(this, args);
      result.then(
        () => (entry.end = performance.now()),
        () => (entry.end = -1),
      );
      return result;
    };
  }
}

// ---------------------------------------------------------------------------------------------
// The static page: the app's rendered DOM without its scripts.

async function makeStaticPage(browser, device, opts) {
  const context = await browser.newContext({ ...device, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    await page.goto(opts.base + opts.path, { waitUntil: "load", timeout: opts.timeout });
    await page.waitForFunction(
      () => document.documentElement.getAttribute("data-ready") === "true",
      null,
      { timeout: opts.timeout },
    ).catch(() => {
      throw new Error(
        `the app at ${opts.base}${opts.path} never set <html data-ready="true">: ` +
          "is dist/ built from a frontend with the ready marker (frontend/src/main.rs)?",
      );
    });
    // Let the app's first effects (the page title) run.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    return await page.evaluate(() => {
      const root = document.documentElement.cloneNode(true);
      root.removeAttribute("data-ready");
      const isCode = (href) => /\.(m?js|wasm)(\?|#|$)/.test(href || "");
      for (const el of root.querySelectorAll("script")) el.remove();
      for (const el of root.querySelectorAll('link[rel="modulepreload"], link[rel="preload"]')) {
        if (el.rel === "modulepreload" || isCode(el.getAttribute("href"))) el.remove();
      }
      const title = root.querySelector("title");
      if (title) title.textContent = document.title;
      return "<!DOCTYPE html>\n" + root.outerHTML + "\n";
    });
  } finally {
    await context.close();
  }
}

function checkStaticPage(html) {
  const problems = [];
  if (!/<form\b/.test(html)) problems.push("no <form>");
  if (!/<button[^>]*type="submit"/.test(html)) problems.push("no submit button");
  if (!/<link[^>]*rel="stylesheet"/.test(html)) problems.push("no stylesheet link");
  if (/<script\b/i.test(html)) problems.push("a <script> is left");
  if (/\.wasm"/.test(html)) problems.push("a .wasm reference is left");
  if (problems.length) throw new Error(`the generated static page is wrong: ${problems.join(", ")}`);
}

function writeStatic(dist, html) {
  const raw = Buffer.from(html);
  const file = join(dist, STATIC_NAME);
  const written = [file, file + ".br", file + ".gz"];
  writeFileSync(file, raw);
  writeFileSync(
    file + ".br",
    brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }),
  );
  writeFileSync(file + ".gz", gzipSync(raw, { level: 9 }));
  return written;
}

// ---------------------------------------------------------------------------------------------
// One measured load.

async function measure(browser, device, opts, kind, url) {
  const context = await browser.newContext({
    ...device,
    serviceWorkers: "block",
    // Chromium offers brotli only over HTTPS; the server is plain HTTP on loopback.
    extraHTTPHeaders: { "Accept-Encoding": "br, gzip" },
  });
  try {
    await context.addInitScript(initScript, kind);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const requests = new Map();
    let lastActivity = Date.now();
    const touch = () => (lastActivity = Date.now());
    cdp.on("Network.requestWillBeSent", (e) => {
      touch();
      if (e.request.url.startsWith("data:")) return;
      // The browser's own favicon request is not part of the page (and there is no favicon:
      // the server answers it with index.html); it is listed but not counted.
      const counted = new URL(e.request.url).pathname !== "/favicon.ico";
      requests.set(e.requestId, { url: e.request.url, counted, status: null, encoding: null, bytes: null });
    });
    cdp.on("Network.responseReceived", (e) => {
      touch();
      const r = requests.get(e.requestId);
      if (!r) return;
      r.status = e.response.status;
      const headers = Object.fromEntries(
        Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]),
      );
      r.encoding = headers["content-encoding"] || "identity";
    });
    cdp.on("Network.loadingFinished", (e) => {
      touch();
      const r = requests.get(e.requestId);
      if (r) r.bytes = e.encodedDataLength;
    });
    cdp.on("Network.loadingFailed", (e) => {
      touch();
      const r = requests.get(e.requestId);
      if (r) r.failed = e.errorText;
    });
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: opts.latency,
      downloadThroughput: (opts.downMbps * 1024 * 1024) / 8,
      uploadThroughput: (opts.upKbps * 1024) / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: opts.cpu });

    await page.goto(url, { waitUntil: "commit", timeout: opts.timeout });
    const marks = await withTimeout(
      page.evaluate(() => window.__benchDone),
      opts.timeout,
      `${kind} page never became interactive`,
    );
    await page.waitForLoadState("load", { timeout: opts.timeout });
    // Count every byte: wait until nothing has been in flight for half a second.
    const quietSince = Date.now();
    while (Date.now() - quietSince < 15_000) {
      const pending = [...requests.values()].some((r) => r.bytes === null && !r.failed);
      if (!pending && Date.now() - lastActivity > 500) break;
      await sleep(100);
    }
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      return {
        htmlEnd: nav ? nav.responseEnd : null,
        dclEnd: nav ? nav.domContentLoadedEventEnd : null,
        loadEnd: nav ? nav.loadEventEnd : null,
        fcp: fcp ? fcp.startTime : null,
        resources: performance.getEntriesByType("resource").map((r) => ({
          url: r.name,
          start: r.startTime,
          end: r.responseEnd,
        })),
      };
    });
    const list = [...requests.values()];
    const failed = list.filter((r) => r.failed);
    if (failed.length) {
      throw new Error(`${kind}: requests failed: ${failed.map((r) => `${r.url} (${r.failed})`).join(", ")}`);
    }
    const bad = list.filter((r) => r.status !== null && r.status >= 400);
    if (bad.length) throw new Error(`${kind}: ${bad.map((r) => `${r.url} ${r.status}`).join(", ")}`);
    const resourceEnd = (ext) => {
      const r = timing.resources.find((x) => new URL(x.url).pathname.endsWith(ext));
      return r ? r : null;
    };
    const wasmCall = marks.wasm.find((w) => w.name.startsWith("instantiate")) || null;
    return {
      kind,
      interactive: marks.interactive,
      form: marks.form,
      // Interactive and painted: the form can be seen as well as used.
      usable: timing.fcp === null ? null : Math.max(marks.interactive, timing.fcp),
      dcl: marks.dcl,
      button: marks.button,
      ready: marks.ready,
      fcp: timing.fcp,
      bytes: list.reduce((t, r) => t + (r.counted ? r.bytes || 0 : 0), 0),
      requests: list.map((r) => ({
        path: new URL(r.url).pathname,
        counted: r.counted,
        status: r.status,
        encoding: r.encoding,
        bytes: r.bytes,
      })),
      phases: {
        html: timing.htmlEnd,
        cssStart: resourceEnd(".css")?.start ?? null,
        css: resourceEnd(".css")?.end ?? null,
        jsStart: resourceEnd(".js")?.start ?? null,
        js: resourceEnd(".js")?.end ?? null,
        wasmStart: resourceEnd(".wasm")?.start ?? null,
        wasm: resourceEnd(".wasm")?.end ?? null,
        wasmCall: wasmCall ? wasmCall.name : null,
        instantiateStart: wasmCall ? wasmCall.start : null,
        instantiated: wasmCall ? wasmCall.end : null,
      },
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms))),
  ]);
}

function stats(values) {
  const v = values.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return { median: null, min: null, max: null };
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median: round(median), min: round(v[0]), max: round(v[v.length - 1]) };
}

const round = (x, digits = 1) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);
const fmt = (x, digits = 0) =>
  x === null || x === undefined
    ? "-"
    : Number(x).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { chromium, devices } = await loadPlaywright();
  const device = { ...devices["Pixel 7"] };
  delete device.defaultBrowserType;

  const written = [];
  const cleanup = () => {
    for (const f of written.splice(0)) rmSync(f, { force: true });
  };
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      cleanup();
      process.exit(130);
    });
  }

  const browser = await chromium.launch({ executablePath: opts.chromium, args: LAUNCH_ARGS });
  const log = (s) => process.stderr.write(s + "\n");
  try {
    const appUrl = opts.base + opts.path;
    const staticUrl = `${opts.base}/${STATIC_NAME}`;
    log(`Rendering ${appUrl} to make the static page ...`);
    const html = await makeStaticPage(browser, device, opts);
    checkStaticPage(html);
    written.push(...writeStatic(opts.dist, html));
    if (opts.saveStatic) writeFileSync(opts.saveStatic, html);
    // The server answers unknown paths with index.html, so check it really serves our page.
    const served = await fetch(staticUrl, { headers: { "Accept-Encoding": "identity" } });
    if (!served.ok || (await served.text()) !== html) {
      throw new Error(`${staticUrl} does not serve the page written to ${opts.dist}: is --dist the server's DIST_DIR?`);
    }

    // One unmeasured load of each, which also checks the static page is served (as brotli).
    const warm = { app: await measure(browser, device, opts, "app", appUrl) };
    warm.static = await measure(browser, device, opts, "static", staticUrl);
    const staticDoc = warm.static.requests.find((r) => r.path === `/${STATIC_NAME}`);
    if (!staticDoc) throw new Error(`${staticUrl} was not loaded`);
    if (staticDoc.encoding !== "br") log(`warning: ${staticUrl} came as ${staticDoc.encoding}, not br`);

    const results = { app: [], static: [] };
    for (let i = 0; i < opts.runs; i++) {
      // ABBA order, so neither page always goes first.
      const order = i % 2 === 0 ? ["app", "static"] : ["static", "app"];
      for (const kind of order) {
        const r = await measure(browser, device, opts, kind, kind === "app" ? appUrl : staticUrl);
        results[kind].push(r);
        log(`run ${i + 1}/${opts.runs} ${kind.padEnd(6)} ${fmt(r.bytes).padStart(9)} B  interactive ${fmt(r.interactive)} ms`);
      }
    }
    report(opts, await browser.version(), results);
  } finally {
    cleanup();
    await browser.close();
  }
}

function report(opts, browserVersion, results) {
  const summary = {};
  for (const kind of ["app", "static"]) {
    const runs = results[kind];
    const phase = (name) => stats(runs.map((r) => r.phases[name]));
    summary[kind] = {
      bytes: stats(runs.map((r) => r.bytes)),
      interactive_ms: stats(runs.map((r) => r.interactive)),
      form_ms: stats(runs.map((r) => r.form)),
      fcp_ms: stats(runs.map((r) => r.fcp)),
      usable_ms: stats(runs.map((r) => r.usable)),
      dcl_ms: stats(runs.map((r) => r.dcl)),
      phases_ms: {
        html_response_end: phase("html"),
        css_request_start: phase("cssStart"),
        css_response_end: phase("css"),
        ...(kind === "app"
          ? {
              js_request_start: phase("jsStart"),
              js_response_end: phase("js"),
              wasm_request_start: phase("wasmStart"),
              wasm_response_end: phase("wasm"),
              wasm_instantiate_start: phase("instantiateStart"),
              wasm_instantiated: phase("instantiated"),
              mounted: stats(runs.map((r) => r.ready)),
            }
          : {}),
      },
      wasm_call: kind === "app" ? runs[0]?.phases.wasmCall ?? null : undefined,
      requests: runs[runs.length - 1]?.requests ?? [],
      runs: runs.map((r) => ({
        bytes: r.bytes,
        interactive_ms: round(r.interactive),
        fcp_ms: round(r.fcp),
        usable_ms: round(r.usable),
      })),
    };
  }
  const ratio =
    summary.static.interactive_ms.median > 0
      ? round(summary.app.interactive_ms.median / summary.static.interactive_ms.median, 2)
      : null;
  const formRatio =
    summary.static.interactive_ms.median > 0
      ? round(summary.app.form_ms.median / summary.static.interactive_ms.median, 2)
      : null;
  const usableRatio =
    summary.static.usable_ms.median > 0
      ? round(summary.app.usable_ms.median / summary.static.usable_ms.median, 2)
      : null;
  const bytesRatio =
    summary.static.bytes.median > 0 ? round(summary.app.bytes.median / summary.static.bytes.median, 2) : null;
  const goal = 2.5;
  const formGoal = 1.2;
  const formPass = formRatio !== null && formRatio <= formGoal;
  const pass = ratio !== null && ratio <= goal && formPass;

  const out = [];
  out.push(
    `Sign-up page (${opts.path}) in ${browserVersion}, Pixel 7 viewport, ${opts.latency} ms latency, ` +
      `${opts.downMbps} Mbps down, ${opts.upKbps} kbps up, ${opts.cpu}x CPU slowdown, cache off, ` +
      `Accept-Encoding: br, gzip; ${opts.runs} runs each`,
  );
  out.push("");
  const row = (label, s, digits = 0) =>
    `${label.padEnd(38)}${fmt(s.median, digits).padStart(11)}${fmt(s.min, digits).padStart(11)}${fmt(s.max, digits).padStart(11)}`;
  out.push(`${"".padEnd(38)}${"median".padStart(11)}${"min".padStart(11)}${"max".padStart(11)}`);
  out.push(row("app     bytes over the wire", summary.app.bytes));
  out.push(row("static  bytes over the wire", summary.static.bytes));
  out.push(row("app     form takes typing (ms)", summary.app.form_ms));
  out.push(row("app     taken over by the app (ms)", summary.app.interactive_ms));
  out.push(row("static  interactive (ms)", summary.static.interactive_ms));
  out.push(row("app     first contentful paint (ms)", summary.app.fcp_ms));
  out.push(row("static  first contentful paint (ms)", summary.static.fcp_ms));
  out.push(row("app     interactive and painted (ms)", summary.app.usable_ms));
  out.push(row("static  interactive and painted (ms)", summary.static.usable_ms));
  out.push("");
  out.push(`form takes typing, app/static (medians):       ${fmt(formRatio, 2)}x   goal <= ${formGoal}x: ${formPass ? "PASS" : "FAIL"}`);
  out.push(`taken over by the app, app/static (medians):   ${fmt(ratio, 2)}x   goal <= ${goal}x: ${ratio !== null && ratio <= goal ? "PASS" : "FAIL"}`);
  out.push(`interactive and painted, app/static (medians): ${fmt(usableRatio, 2)}x   (for information)`);
  out.push(`bytes, app/static (medians):                   ${fmt(bytesRatio, 1)}x`);
  out.push("");
  out.push("Where the app's time goes (medians, ms since navigation start):");
  const p = summary.app.phases_ms;
  const line = (label, s) => out.push(`  ${label.padEnd(40)}${fmt(s.median).padStart(8)}`);
  line("index.html received", p.html_response_end);
  line("stylesheet requested", p.css_request_start);
  line("JS loader requested", p.js_request_start);
  line("WASM requested (preload)", p.wasm_request_start);
  line("stylesheet received", p.css_response_end);
  line("JS loader received", p.js_response_end);
  line(`WebAssembly.${summary.app.wasm_call ?? "instantiate*"} called`, p.wasm_instantiate_start);
  line("WASM received", p.wasm_response_end);
  line("WASM compiled and instantiated", p.wasm_instantiated);
  line("app mounted (data-ready)", p.mounted);
  line("first contentful paint", summary.app.fcp_ms);
  out.push("  static page, for comparison:");
  line("static page received", summary.static.phases_ms.html_response_end);
  line("DOMContentLoaded", summary.static.dcl_ms);
  line("stylesheet requested", summary.static.phases_ms.css_request_start);
  line("stylesheet received", summary.static.phases_ms.css_response_end);
  line("first contentful paint", summary.static.fcp_ms);
  out.push("");
  out.push("What each page loaded (last run):");
  for (const kind of ["app", "static"]) {
    for (const r of summary[kind].requests) {
      const note = r.counted ? "" : "  (browser's favicon request: not counted)";
      out.push(`  ${kind.padEnd(7)}${r.path.padEnd(46)}${String(r.status).padStart(4)} ${String(r.encoding).padEnd(9)}${fmt(r.bytes).padStart(9)} B${note}`);
    }
  }
  console.log(out.join("\n"));
  if (opts.json) {
    console.log(
      JSON.stringify({
        benchmark: "frontend-signup",
        browser: browserVersion,
        conditions: {
          latency_ms: opts.latency,
          download_mbps: opts.downMbps,
          upload_kbps: opts.upKbps,
          cpu_slowdown: opts.cpu,
          runs: opts.runs,
        },
        app: summary.app,
        static: summary.static,
        ratio,
        form_ratio: formRatio,
        form_goal: formGoal,
        usable_ratio: usableRatio,
        bytes_ratio: bytesRatio,
        goal,
        pass,
      }),
    );
  }
  if (opts.check && !pass) process.exitCode = 1;
}

main().catch((e) => {
  console.error(`frontend.mjs: ${process.env.BENCH_DEBUG ? e.stack : e.message || e}`);
  process.exit(1);
});
