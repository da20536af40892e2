import { expect, test, type Page } from "@playwright/test";
import { newVoter, uniqueEmail } from "./support";

// Issue 14: the server's page takes typing at once; when the app's WebAssembly arrives it
// takes the page over (frontend/src/takeover.rs) without losing what was typed, focus or the
// caret, and without moving anything. The WASM is held back here until the voter has typed.

/** Holds the app's WebAssembly until the returned function is called. */
async function holdTheApp(page: Page) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Where each thing on the page is, by a selector for it. */
async function boxes(page: Page) {
  return page.evaluate(() =>
    // Not the server's hidden default button (Enter sends the form, not a switch): the app has
    // none, and it takes no room.
    Array.from(document.querySelectorAll("h1, h2, label, input, button:not([aria-hidden]), a, p, footer")).map((element) => {
      const r = element.getBoundingClientRect();
      return `${element.tagName}#${element.id} ${r.x},${r.y} ${r.width}x${r.height}`;
    }),
  );
}

test("what was typed before the app arrived, and focus and caret, survive its taking over", async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto("/", { waitUntil: "domcontentloaded" });
  // Layout shifts from the start, as the browser reports them.
  await page.evaluate(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      // As CLS counts them: not those right after the voter's own input.
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.getByLabel("First name").fill("Maria");
  await page.getByLabel("Last name").fill("Grcia");
  // The caret after the "G": the voter is fixing a typo.
  await page.getByLabel("Last name").press("Home");
  await page.getByLabel("Last name").press("ArrowRight");
  await expect(page.locator("html")).not.toHaveAttribute("data-ready", "true");

  const before = await boxes(page);

  release();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  // Everything is where it was: the app's page is laid out exactly as the server's.
  expect(await boxes(page)).toEqual(before);
  await expect(page.getByLabel("First name")).toHaveValue("Maria");
  await expect(page.getByLabel("Last name")).toBeFocused();
  // Typing goes on where the caret was, into the app's own field.
  await page.keyboard.type("a");
  await expect(page.getByLabel("Last name")).toHaveValue("Garcia");
  // The app is in charge: a switch reveals its input without a round trip.
  await page.getByRole("switch", { name: "Email" }).click();
  await expect(page.getByLabel("Email address")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
});

test("a submit pressed before the app arrived is not lost", async ({ page, request }) => {
  const voter = await newVoter(request, "early");
  const release = await holdTheApp(page);
  await page.goto("/", { waitUntil: "domcontentloaded" });
  await page.getByLabel("First name").fill(voter.first);
  await page.getByLabel("Last name").fill(voter.last);
  await page.getByLabel("Date of birth").fill(voter.dob);
  await page.getByLabel("ZIP code").fill(voter.zip);
  // Without the app a switch sends the form, and the server brings it back switched on.
  await page.getByRole("switch", { name: "Email" }).click();
  await expect(page.getByRole("switch", { name: "Email" })).toHaveAttribute("aria-checked", "true");
  await page.getByLabel("Email address").fill(uniqueEmail("early"));
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email and phone");
  // When the app arrives it keeps the answer, and the page it shows.
  release();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email and phone");
  await expect(page.getByRole("link", { name: "See your ballot status" })).toBeVisible();
});
