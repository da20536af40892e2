import { type APIRequestContext, type Page, type TestInfo } from "@playwright/test";
import { expect, test } from "./app";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./axe";
import { allowCureHost, confirmAddress, messages, replyYes } from "./support";

// Issue 6: the sign-up and status journeys in four of the ten languages, the words read from
// the same Fluent files the app uses (locales/<code>/*.ftl), so a test fails when the page
// shows English, or an id, instead of the voter's language.

const root = join(__dirname, "..", "..");
const apiKey = () => readFileSync(join(root, "e2e", ".api-key"), "utf8").trim();


/** A message with its placeholders filled (`{ $name }`), as the app says it. */
function fill(text: string, values: Record<string, string> = {}) {
  return text.replace(/\{ \$([a-z_]+) \}/g, (_, name) => values[name] ?? `{$${name}}`);
}

/** The text before a message's first placeholder: enough to recognise it whatever the values. */
function lead(text: string) {
  return text.split("{")[0].trim();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A voter of our own, so runs and projects never share a timeline. */
async function newVoter(request: APIRequestContext, tag: string) {
  const id = `L${Date.now()}${Math.floor(Math.random() * 1e6)}`.slice(0, 20);
  // Letters for the digits: a name has no digits, and each voter's must be its own.
  const last = `Tester${tag}${id.slice(-8).replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)])}`;
  const voter = { id, first: "Lan", last, dob: "04-05-1977", zip: "95814" };
  const response = await request.post("/api/v1/admin/voters", {
    headers: { authorization: `Bearer ${apiKey()}` },
    data: [
      {
        voter_id: voter.id, first_name: voter.first, last_name: voter.last, date_of_birth: "1977-04-05",
        residence_zip: voter.zip, county: "Sacramento", status: "active",
      },
    ],
  });
  expect(response.status(), await response.text()).toBe(200);
  return voter;
}

let clock = Date.parse("2026-10-12T17:00:00Z");

/** Each event a minute after the last, so the newest is the voter's current status. */
async function postEvent(request: APIRequestContext, voterId: string, status: string, detail?: object) {
  clock += 60_000;
  const response = await request.post("/api/v1/admin/ballot-events", {
    headers: { authorization: `Bearer ${apiKey()}` },
    data: [
      {
        event_id: `${voterId}-${clock}`,
        voter_id: voterId,
        election_id: "2026-11-03-general",
        status,
        occurred_at: new Date(clock).toISOString(),
        detail,
      },
    ],
  });
  expect(response.status(), await response.text()).toBe(200);
}

async function chooseLanguage(page: Page, code: string) {
  await page.locator("#language").selectOption(code);
  await expect(page.locator("html")).toHaveAttribute("lang", code === "zh" ? "zh-Hant" : code);
}

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  if (testInfo.project.name !== "phone") return;
  const dir = join(__dirname, "..", "test-results", "screenshots");
  mkdirSync(dir, { recursive: true });
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
  await page.screenshot({ path: join(dir, `${name}-320.png`), fullPage: true });
}

for (const code of ["en", "es", "zh", "vi"]) {
  test(`sign-up and status in ${code}`, async ({ page, request }, testInfo) => {
    const ui = messages(code, "ui");
    const rules = messages(code, "rules");
    const server = messages(code, "messages");
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
    if (code !== "en") await chooseLanguage(page, code);
    const h1 = page.getByRole("heading", { level: 1 });
    await expect(h1).toHaveText(ui["signup-title"]);
    await expect(page).toHaveTitle(new RegExp(`^${escape(ui["signup-title"])}`));
    await expectNoAxeViolations(page, `${code}: empty form`);

    // Errors, from the shared rules, in the language.
    await page.getByRole("button", { name: ui["signup-submit"] }).click();
    const summary = page.locator("#error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(ui["error-summary-title"]);
    await expect(summary).toContainText(rules["name-first-empty"]);
    await expect(summary).toContainText(rules["channels-none-chosen"]);
    await expect(page.locator("#first-name-error")).toContainText(rules["name-first-empty"]);
    await expectNoAxeViolations(page, `${code}: errors`);
    await screenshot(page, testInfo, `${code}-signup-errors`);
    await page.setViewportSize(testInfo.project.use.viewport ?? { width: 412, height: 839 });

    // The server's answer to a voter it cannot find, in the language.
    const voter = await newVoter(request, code);
    await page.getByLabel(ui["field-first-name"], { exact: true }).fill(voter.first);
    await page.getByLabel(ui["field-last-name"], { exact: true }).fill("Nobody");
    await page.getByLabel(ui["field-date-of-birth"], { exact: true }).fill(voter.dob);
    await page.getByLabel(ui["field-zip"], { exact: true }).fill(voter.zip);
    const email = `lang.${code}.${voter.id}@example.com`;
    await page.getByRole("switch", { name: ui["switch-email"] }).click();
    await page.getByLabel(ui["field-email"], { exact: true }).fill(email);
    await expect(page.locator("#email-status")).toHaveText(fill(rules["channel-will-receive-email"], { destination: email }));
    await page.getByRole("button", { name: ui["signup-submit"] }).click();
    await expect(summary).toContainText(server["no-matching-voter"]);
    await expect(summary).toContainText(server["no-matching-voter-help-recent"]);
    await expectNoAxeViolations(page, `${code}: no matching voter`);

    // Signed up: the page, then the confirmation email, in the language.
    await page.getByLabel(ui["field-last-name"], { exact: true }).fill(voter.last);
    await page.getByRole("button", { name: ui["signup-submit"] }).click();
    await expect(h1).toHaveText(ui["signed-up-title"]);
    await expect(h1).toBeFocused();
    await expect(page.getByText(lead(ui["signed-up-confirm-email"])).first()).toBeVisible();
    await expectNoAxeViolations(page, `${code}: signed up`);
    const statusLink = page.getByRole("link", { name: ui["signed-up-see-status"] });
    const statusPath = await statusLink.getAttribute("href");
    await screenshot(page, testInfo, `${code}-signed-up`);

    await page.goto("/messages");
    const confirmation = page.locator("article", { hasText: email });
    await expect(confirmation).toHaveCount(1);
    await expect(confirmation).toContainText(
      fill(server["confirm-request-email-subject"], { office: "Sacramento County Elections" }),
    );
    await expect(confirmation).toContainText(lead(server["confirm-request-email-ignore"]));

    // The status page: the timeline and its sentences, written by the server in the language.
    await postEvent(request, voter.id, "mailed");
    await page.goto(statusPath!);
    await expect(h1).toHaveText(ui["status-title"]);
    const steps = page.locator("ol.timeline > li");
    await expect(steps).toHaveCount(3);
    await expect(steps.nth(0)).toContainText(server["status-mailed"]);
    await expect(steps.nth(0)).toContainText(ui["timeline-completed"]);
    await expect(steps.nth(1)).toContainText(ui["timeline-not-yet"]);
    await expect(page.locator(".events li").first()).toContainText(lead(server["sentence-mailed"]));
    await expectNoAxeViolations(page, `${code}: status mailed`);

    // A change arrives live, in the language, and is announced politely.
    await allowCureHost(request, "Sacramento");
    await postEvent(request, voter.id, "signature_missing", { cure_deadline: "2026-12-01", cure_url: "https://elections.example/cure" });
    await expect(page.locator(".action-needed")).toContainText(lead(server["sentence-signature-missing"]));
    await expect(page.getByRole("status").filter({ hasText: lead(ui["status-updated"]) })).toContainText(
      server["status-signature-missing"],
    );
    await expectNoAxeViolations(page, `${code}: status signature missing`);
    await screenshot(page, testInfo, `${code}-status`);
  });
}

test("the browser's language is the first choice, and the picker keeps what was typed", async ({ browser }, testInfo) => {
  const context = await browser.newContext({
    locale: "vi-VN",
    viewport: testInfo.project.use.viewport,
  });
  const page = await context.newPage();
  const vi = messages("vi", "ui");
  const es = messages("es", "ui");
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(vi["signup-title"]);
  await expect(page.locator("#language")).toHaveValue("vi");

  // Keyboard only: type a name, go to the picker, change the language; the name stays.
  // Arrow keys move through the list; Enter applies (tests/accessibility.spec.ts).
  await page.getByLabel(vi["field-first-name"], { exact: true }).fill("Minh");
  await page.locator("#language").focus();
  await page.keyboard.press("Home"); // English is first
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.keyboard.press("ArrowDown"); // then Español
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(es["signup-title"]);
  await expect(page.getByLabel(es["field-first-name"], { exact: true })).toHaveValue("Minh");

  // Remembered on the next visit, over the browser's language.
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(es["signup-title"]);
  await context.close();
});

test("the status page passes axe in every ballot state", async ({ page, request }) => {
  // Fifteen states, each a live update and a full axe run: fifteen pages' worth of work, which
  // took 31 s on a 2-core machine that was also compiling (one CI rehearsal).
  test.setTimeout(90_000);
  const voter = await newVoter(request, "states");
  const signup = await request.post("/api/v1/signups", {
    data: {
      first_name: voter.first, last_name: voter.last, date_of_birth: voter.dob, zip: voter.zip, language: "en",
      email: { opt_in: true, address: `states.${voter.id}@example.com` },
      sms: { opt_in: false, phone: null }, voice: { opt_in: false, phone: null },
    },
  });
  expect(signup.status()).toBe(201);
  const token = (await signup.json()).subscription.status_token as string;
  await page.goto(`/status/${token}`);
  await expect(page.getByText(/has not mailed your ballot yet/)).toBeVisible();
  await expectNoAxeViolations(page, "status: nothing yet");
  const statuses = [
    "mailed", "in_transit_to_voter", "delivered", "undeliverable", "reissued", "in_transit_to_county", "received",
    "in_review", "signature_mismatch", "cured", "signature_missing", "not_counted", "counted", "voted_in_person",
  ];
  const english = messages("en", "messages");
  for (const status of statuses) {
    await postEvent(request, voter.id, status, status === "not_counted" ? { reason: "it arrived late" } : undefined);
    const title = english[`status-${status.replace(/_/g, "-")}`];
    expect(title, status).toBeTruthy();
    await expect(page.getByRole("status").filter({ hasText: "updated" })).toContainText(title);
    await expectNoAxeViolations(page, `status: ${status}`);
  }
});

/** Presses Tab until `target` has focus (at most `limit` times); every stop shows a focus ring. */
async function tabTo(page: Page, target: import("@playwright/test").Locator, limit = 25) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const ring = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      if (!e || e === document.body) return "none";
      const s = getComputedStyle(e);
      return s.outlineStyle !== "none" && s.outlineWidth !== "0px" ? "ring" : `none on ${e.tagName}#${e.id}`;
    });
    expect(ring, "every focused element shows where focus is").toBe("ring");
    if (await target.evaluate((e) => e === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test("keyboard alone: look a ballot up, then change and stop notifications", async ({ page, request }) => {
  const voter = await newVoter(request, "keys");
  const phone = `+1916555${String(1000 + Math.floor(Math.random() * 9000))}`;
  const signup = await request.post("/api/v1/signups", {
    data: {
      first_name: voter.first, last_name: voter.last, date_of_birth: voter.dob, zip: voter.zip, language: "en",
      email: { opt_in: true, address: `keys.${voter.id}@example.com` },
      sms: { opt_in: true, phone }, voice: { opt_in: false, phone: null },
    },
  });
  const token = (await signup.json()).subscription.manage_token as string;
  await confirmAddress(request, `keys.${voter.id}@example.com`);
  await replyYes(request, phone);
  await postEvent(request, voter.id, "mailed");

  // /check: skip link, the four fields, Enter; focus lands on the result.
  await page.goto("/check");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByLabel("First name"));
  await page.keyboard.type(voter.first);
  await page.keyboard.press("Tab");
  await page.keyboard.type(voter.last);
  await page.keyboard.press("Tab");
  await page.keyboard.type(voter.dob.replace(/-/g, ""));
  await page.keyboard.press("Tab");
  await page.keyboard.type(voter.zip);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Your ballot status", exact: true })).toBeFocused();
  await expect(page.locator("ol.timeline > li").first()).toContainText("Completed");

  // /manage: the SMS switch answers Space, Save answers Enter, Stop all answers Enter.
  await page.goto(`/manage/${token}`);
  const sms = page.getByRole("switch", { name: "Text message (SMS)" });
  await expect(sms).toHaveAttribute("aria-checked", "true");
  await tabTo(page, sms);
  await page.keyboard.press("Space");
  await expect(sms).toHaveAttribute("aria-checked", "false");
  await tabTo(page, page.getByRole("button", { name: "Save changes" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Your choices are saved" })).toBeFocused();
  await tabTo(page, page.getByRole("button", { name: "Stop all notifications" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Stop all notifications?" })).toBeFocused();
  await tabTo(page, page.getByRole("button", { name: "Yes, stop all notifications" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Notifications are stopped" })).toBeFocused();
  const details = await (await request.get(`/api/v1/subscriptions/${token}`)).json();
  expect(details.stopped).toBe(true);
});
