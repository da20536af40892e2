#!/usr/bin/env node
// Trunk's loader imports the app's JS statically, and a module script's static imports are
// fetched before it runs, so DOMContentLoaded waited for them: the server's page, ready to
// take typing, was held back by the app it does not need (measured: 669 ms against 308 ms for a
// static page, bench/frontend.mjs). Rewritten to a dynamic import in an async script, the loader
// runs at once and fetches the app without holding the page. The server's Content-Security-Policy hashes the
// rewritten script, as it reads these files at start.
// Usage: node scripts/defer-loader.mjs dist/index.html [more.html ...]
import { readFileSync, writeFileSync } from "node:fs";

for (const file of process.argv.slice(2)) {
  const html = readFileSync(file, "utf8");
  const rewritten = html
    .replace(
      /import init, \* as bindings from '([^']+)';\nconst wasm = await init\(/,
      (_, js) => `const bindings = await import('${js}');\nconst wasm = await bindings.default(`,
    )
    // `async`: a deferred script also waits for the stylesheets before it, and
    // DOMContentLoaded for it.
    .replace('<script type="module">', '<script type="module" async>');
  if (rewritten === html) {
    console.error(`defer-loader: ${file} has no loader of the expected shape (did Trunk change?)`);
    process.exit(1);
  }
  writeFileSync(file, rewritten);
}
