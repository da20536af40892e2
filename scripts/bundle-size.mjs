#!/usr/bin/env node
// Measures what the sign-up page loads: index.html and every asset it references in dist/,
// compressed as the server sends them (brotli at quality 11, gzip at level 9). With --write it
// also writes the .br and .gz files beside each asset, which the server serves as they are.
// Usage: node scripts/bundle-size.mjs [dist] [--write] [--max-brotli-kb N]
import { existsSync, readFileSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a)) ?? "dist";
const write = args.includes("--write");
const maxIndex = args.indexOf("--max-brotli-kb");
const maxBrotliKb = maxIndex >= 0 ? Number(args[maxIndex + 1]) : null;

const html = readFileSync(join(dist, "index.html"), "utf8");
// Everything index.html links, plus the WASM that the JS loader fetches.
const referenced = new Set(
  [...html.matchAll(/(?:href|src)="\/?([^"#?]+)"/g)].map((m) => m[1]).filter((f) => !f.includes("://")),
);
for (const f of readdirSync(dist)) if (f.endsWith("_bg.wasm")) referenced.add(f);
const files = ["index.html", ...[...referenced].filter((f) => f !== "index.html")].sort();

// Each language's Fluent files, if a build copies them: fetched only by voters who pick that
// language, so compressed for serving but not counted in the sign-up page. (The app now gets
// its words compiled, from the server's /locales/{code}/page.json.)
if (write && existsSync(join(dist, "locales"))) {
  for (const entry of readdirSync(join(dist, "locales"), { recursive: true })) {
    const file = join(dist, "locales", String(entry));
    if (!file.endsWith(".ftl")) continue;
    const raw = readFileSync(file);
    writeFileSync(file + ".br", brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(file + ".gz", gzipSync(raw, { level: 9 }));
  }
}

// The other pages' app (dist/app/): compressed for serving, not counted in the sign-up page.
if (write) {
  for (const entry of readdirSync(join(dist, "app"))) {
    const file = join(dist, "app", String(entry));
    if (!/\.(js|wasm|css)$/.test(file)) continue;
    const raw = readFileSync(file);
    writeFileSync(file + ".br", brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(file + ".gz", gzipSync(raw, { level: 9 }));
  }
}

const rows = [];
for (const file of files) {
  const raw = readFileSync(join(dist, file));
  const br = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  const gz = gzipSync(raw, { level: 9 });
  if (write && file !== "index.html") {
    writeFileSync(join(dist, file + ".br"), br);
    writeFileSync(join(dist, file + ".gz"), gz);
  }
  rows.push({ file, raw: raw.length, brotli: br.length, gzip: gz.length });
}
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, brotli: t.brotli + r.brotli, gzip: t.gzip + r.gzip }), {
  raw: 0, brotli: 0, gzip: 0,
});
const pad = (s, n) => String(s).padStart(n);
console.log(`${"file".padEnd(44)}${pad("raw", 10)}${pad("brotli", 10)}${pad("gzip", 10)}`);
for (const r of rows) console.log(`${r.file.padEnd(44)}${pad(r.raw, 10)}${pad(r.brotli, 10)}${pad(r.gzip, 10)}`);
console.log(`${"total (bytes)".padEnd(44)}${pad(total.raw, 10)}${pad(total.brotli, 10)}${pad(total.gzip, 10)}`);
console.log(`sign-up page: ${(total.brotli / 1024).toFixed(1)} KB brotli, ${(total.gzip / 1024).toFixed(1)} KB gzip`);
if (maxBrotliKb !== null && total.brotli > maxBrotliKb * 1024) {
  console.error(`FAIL: ${(total.brotli / 1024).toFixed(1)} KB brotli is over the budget of ${maxBrotliKb} KB`);
  process.exit(1);
}
