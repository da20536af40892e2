import { test as base, expect } from "@playwright/test";

// The journeys that test the app: every page arrives as the server's HTML first and the app
// takes it over when its WebAssembly has loaded (frontend/src/takeover.rs). `page.goto` here
// waits for that (<html data-ready="true">), so a journey acts on the app, not on the plain
// HTML forms that come before it; those have their own journeys (no-javascript.spec.ts).
export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled !== false) {
      const goto = page.goto.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        // /messages is the captured-messages viewer, not a page of the app.
        if (url.startsWith("/messages")) return response;
        await expect(page.locator("html")).toHaveAttribute("data-ready", "true", { timeout: 15_000 });
        return response;
      };
    }
    await use(page);
  },
});

export { expect };
