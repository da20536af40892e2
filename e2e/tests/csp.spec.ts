import { expect, test } from "./app";

// Every page runs under the server's Content-Security-Policy (api/src/security_headers.rs)
// without a single violation: the loader is allowed by its hash, the WASM by
// 'wasm-unsafe-eval', and nothing else inline.
for (const path of [
  "/",
  "/check",
  "/verify",
  "/status/not-a-real-token",
  "/manage/not-a-real-token",
  "/confirm/not-a-real-token",
  "/undo/not-a-real-token",
]) {
  test(`${path} works under the Content-Security-Policy`, async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => {
        (window as unknown as { cspViolations: string[] }).cspViolations.push(
          `${e.violatedDirective} ${e.blockedURI}`,
        );
      });
    });
    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"]).toContain("'wasm-unsafe-eval'");
    // The app mounted: its loader and WASM were allowed.
    await expect(page.locator("html[data-ready='true']")).toBeAttached();
    await expect(page.locator("main h1")).toBeVisible();
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    expect(violations).toEqual([]);
  });
}
