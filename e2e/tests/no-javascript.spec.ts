import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { confirmAddress, messages, messagesTo, newVoter, postEvent, replyYes, tokenIn, uniqueEmail } from "./support";

// Issue 14: with JavaScript off (iOS Lockdown Mode, a managed browser, a voter who turned it
// off) the server's pages are plain HTML forms: the same rules, error summary, messages and
// language as the app, sent to the same API.
test.use({ javaScriptEnabled: false });


/**
 * axe needs script in the page: the same HTML, as shown now, in a page with JavaScript on
 * but without the app's loader, so the server's page is what is checked.
 */
async function expectNoAxeViolationsInHtml(page: Page, browser: Browser, state: string) {
  const html = (await page.content()).replace(/<script type="module"[\s\S]*?<\/script>/g, "");
  const url = page.url().split("#")[0];
  const context = await browser.newContext({ javaScriptEnabled: true, viewport: page.viewportSize() ?? undefined });
  const copy = await context.newPage();
  await copy.route(url, (route) => route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }));
  await copy.goto(url);
  await expectNoAxeViolations(copy, state);
  const { scrollWidth, innerWidth } = await copy.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${state}: no sideways scrolling`).toBeLessThanOrEqual(innerWidth);
  await context.close();
}

const submit = (page: Page) => page.locator("main form button.button[type=submit]");

test("sign up without JavaScript, in Spanish: errors, switches, the result and the status page", async ({ page, request, browser }) => {
  const es = messages("es", "ui");
  const esRules = messages("es", "rules");
  const voter = await newVoter(request, "nojs");
  await page.goto("/");
  await expect(page.locator("html")).not.toHaveAttribute("data-ready", "true");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign up for ballot notifications");

  // The language picker is a form: the server answers in the language and remembers it.
  await page.locator("#language").selectOption("es");
  await page.getByRole("button", { name: "Change language" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(es["signup-title"]);
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");

  // Sent empty: the summary, focused, the title says Error, each field says why.
  await submit(page).click();
  const summary = page.locator("#error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: esRules["name-first-empty"] }).first()).toBeVisible();
  await expect(page).toHaveTitle(/^[^-]+: /);
  await expect(page.getByLabel(es["field-first-name"], { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolationsInHtml(page, browser, "no JavaScript: errors (es)");

  // What was typed comes back; a switch is a button that comes back flipped, with its input.
  await page.getByLabel(es["field-first-name"], { exact: true }).fill(voter.first);
  await page.getByLabel(es["field-last-name"], { exact: true }).fill(voter.last);
  await page.getByLabel(es["field-date-of-birth"], { exact: true }).fill(voter.dob);
  await page.getByLabel(es["field-zip"], { exact: true }).fill(voter.zip);
  await page.getByRole("switch", { name: es["switch-email"] }).click();
  await expect(page.getByRole("switch", { name: es["switch-email"] })).toHaveAttribute("aria-checked", "true");
  await expect(page.getByLabel(es["field-first-name"], { exact: true })).toHaveValue(voter.first);
  const email = uniqueEmail("nojs");
  await page.getByLabel(es["field-email"], { exact: true }).fill(email);
  await expectNoAxeViolationsInHtml(page, browser, "no JavaScript: email on (es)");

  // Enter in a field sends the form (not the first switch).
  await page.getByLabel(es["field-zip"], { exact: true }).press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(es["signed-up-title"]);
  await expectNoAxeViolationsInHtml(page, browser, "no JavaScript: signed up (es)");
  // The confirmation goes out in Spanish, as from the app.
  await expect.poll(async () => (await messagesTo(request, email)).length).toBeGreaterThan(0);

  // The status page, with the ballot's status in it, without any script.
  const statusPath = await page.getByRole("link", { name: es["signed-up-see-status"] }).getAttribute("href");
  expect(statusPath).toMatch(/^\/status\/[0-9a-f]{32}$/);

  // "Change your choices" brings the form back with what was sent.
  await page.getByRole("button", { name: es["signed-up-change"] }).click();
  await expect(page.getByLabel(es["field-email"], { exact: true })).toHaveValue(email);
  await expect(page.getByLabel(es["field-first-name"], { exact: true })).toHaveValue(voter.first);

  // The link in the email, opened without JavaScript: nothing happens until the button.
  const confirmToken = await tokenIn(request, email, "/confirm/");
  await page.goto(`/confirm/${confirmToken}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(es["confirm-title"]);
  await page.getByRole("button", { name: es["confirm-button"] }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(es["confirm-done-title"]);
  await expectNoAxeViolationsInHtml(page, browser, "no JavaScript: confirmed (es)");

  await postEvent(request, voter.id, "mailed");
  await page.goto(statusPath!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(es["status-title"]);
  await expect(page.locator(".timeline-step.timeline-done")).toHaveCount(1);
  // Without scripts the page cannot update itself: it does not say it does, and offers a reload.
  await expect(page.getByText(es["status-updates-live"])).toBeHidden();
  await expect(page.getByRole("link", { name: es["status-updates-reload"] })).toHaveAttribute("href", statusPath!);
  await expectNoAxeViolationsInHtml(page, browser, "no JavaScript: status (es)");
});

test("look a ballot up without JavaScript", async ({ page, request, browser }) => {
  const voter = await newVoter(request, "nojscheck");
  await postEvent(request, voter.id, "mailed");
  await page.goto("/check");
  await page.getByLabel("First name").fill(voter.first);
  await page.getByLabel("Last name").fill(voter.last);
  await page.getByLabel("Date of birth").fill("4/5/1977");
  await page.getByLabel("ZIP code").fill(voter.zip);
  await submit(page).click();
  await expect(page.getByRole("heading", { level: 2, name: "Your ballot status" })).toBeVisible();
  await expect(page.locator(".timeline-step.timeline-done")).toHaveCount(1);
  await expectNoAxeViolationsInHtml(page, browser, "no JavaScript: look-up result");

  // No match: the server's sentence in the summary.
  await page.goto("/check");
  await page.getByLabel("First name").fill("Nobody");
  await page.getByLabel("Last name").fill("Atall");
  await page.getByLabel("Date of birth").fill("01-01-1950");
  await page.getByLabel("ZIP code").fill("95814");
  await submit(page).click();
  await expect(page.locator("#error-summary")).toBeFocused();
  await expect(page.locator("#error-summary")).toContainText("does not match any voters");
});

test("an unknown address is the not-found page, with a 404", async ({ page, browser }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expectNoAxeViolationsInHtml(page, browser, "no JavaScript: not found");
});


test("change and stop notifications without JavaScript", async ({ page, request, browser }) => {
  const voter = await newVoter(request, "nojsmanage");
  const email = uniqueEmail("nojsmanage");
  const phone = `+1916555${String(1000 + Math.floor(Math.random() * 9000))}`;
  const signup = await request.post("/api/v1/signups", {
    data: {
      first_name: voter.first, last_name: voter.last, date_of_birth: voter.dob, zip: voter.zip,
      email: { opt_in: true, address: email }, sms: { opt_in: true, phone }, voice: { opt_in: false, phone: null },
    },
  });
  expect(signup.status()).toBe(201);
  const token = (await signup.json()).subscription.manage_token as string;
  await confirmAddress(request, email);
  await replyYes(request, phone);
  const details = async () => (await request.get(`/api/v1/subscriptions/${token}`)).json();

  await page.goto(`/manage/${token}`);
  await expect(page.getByRole("heading", { level: 1, name: "Change or stop notifications" })).toBeVisible();
  const sms = page.getByRole("switch", { name: "Text message (SMS)" });
  await expect(sms).toHaveAttribute("aria-checked", "true");
  await expectNoAxeViolationsInHtml(page, browser, "no JavaScript: manage");

  // A switch comes back flipped; saving saves what the form shows.
  await sms.click();
  await expect(sms).toHaveAttribute("aria-checked", "false");
  expect((await details()).channels.sms.opt_in).toBe(true);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: "Your choices are saved" })).toBeVisible();
  expect((await details()).channels.sms.opt_in).toBe(false);
  expect((await details()).channels.email.opt_in).toBe(true);
  await expectNoAxeViolationsInHtml(page, browser, "no JavaScript: manage saved");

  // Asked first; "no" keeps everything; "yes" stops.
  await page.getByRole("button", { name: "Stop all notifications" }).click();
  await expect(page.getByRole("heading", { name: "Stop all notifications?" })).toBeVisible();
  await page.getByRole("button", { name: "No, keep my notifications" }).click();
  await expect(page.getByRole("heading", { name: "Stop all notifications?" })).toHaveCount(0);
  expect((await details()).stopped).toBe(false);
  await page.getByRole("button", { name: "Stop all notifications" }).click();
  await page.getByRole("button", { name: "Yes, stop all notifications" }).click();
  await expect(page.getByRole("heading", { name: "Notifications are stopped" })).toBeVisible();
  expect((await details()).stopped).toBe(true);
  await expectNoAxeViolationsInHtml(page, browser, "no JavaScript: manage stopped");
});

test("check a message's reference without JavaScript", async ({ page, browser }) => {
  await page.goto("/verify");
  // Where our messages come from is in the page itself.
  await expect(page.getByRole("heading", { level: 2, name: "Where our messages come from" })).toBeVisible();
  await page.getByLabel("Reference").fill("not a reference");
  await submit(page).click();
  await expect(page.locator("#error-summary")).toBeFocused();
  await expect(page.getByLabel("Reference")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Reference").fill("7KQM-4MXZ");
  await submit(page).click();
  await expect(page.getByRole("heading", { level: 2, name: "We did not send a message with this reference" })).toBeVisible();
  await expectNoAxeViolationsInHtml(page, browser, "no JavaScript: verify");
});
