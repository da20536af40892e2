import { type Page } from "@playwright/test";
import { expect, test } from "./app";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./axe";
import { messagesTo, newVoter, uniqueEmail } from "./support";

// Demo voters (README.md, api/src/demo.rs); journeys that sign up use voters of their own
// (newVoter), since a voter already signed up answers differently (202, nothing changes).
const MARIA = { first: "Maria", last: "Garcia", dob: "01231980", zip: "95814" };
const EMILY = { first: "Emily", last: "Chen", dob: "06-12-1995", zip: "94612" };
const NO_MATCH = "The information you entered does not match any voters in our system.";
const CHECK = "Check your email and phone";

async function fillIdentity(page: Page, voter: { first: string; last: string; dob: string; zip: string }) {
  await page.getByLabel("First name").fill(voter.first);
  await page.getByLabel("Last name").fill(voter.last);
  await page.getByLabel("Date of birth").fill(voter.dob);
  await page.getByLabel("ZIP code").fill(voter.zip);
}

const emailSwitch = (page: Page) => page.getByRole("switch", { name: "Email" });
const smsSwitch = (page: Page) => page.getByRole("switch", { name: "Text message (SMS)" });
const voiceSwitch = (page: Page) => page.getByRole("switch", { name: "Voice call" });

test.beforeEach(async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Sign up for ballot notifications" })).toBeVisible();
});

test("a voter signs up, then confirms by email and by text before any ballot news", async ({ page, request }) => {
  await expectNoAxeViolations(page, "empty form");
  await expectNoHorizontalScroll(page);

  const voter = await newVoter(request, "signup");
  await fillIdentity(page, { ...voter, dob: voter.dob.replace(/-/g, "") });
  const email = uniqueEmail("maria");
  await emailSwitch(page).click();
  await expect(emailSwitch(page)).toHaveAttribute("aria-checked", "true");
  await page.getByLabel("Email address").fill(email);
  await smsSwitch(page).click();
  const phone = `916.555.${String(1000 + Math.floor(Math.random() * 9000))}`;
  const e164 = `+1${phone.replace(/\./g, "")}`;
  await page.getByLabel("Mobile phone number").fill(phone);
  await expect(page.locator("#sms-status")).toHaveText(`You will receive text messages at (916) 555-${phone.slice(-4)}`);
  await expect(page.locator("#email-status")).toHaveText(`You will receive emails at ${email}`);
  await voiceSwitch(page).click();
  await page.getByLabel("Phone number for calls").fill("+44 20 7946 0958");
  await expect(page.locator("#voice-status")).toHaveText("You will receive voice calls at +44 207 946 0958");
  await expectNoAxeViolations(page, "all switches on");
  await expectNoHorizontalScroll(page);

  await page.getByRole("button", { name: "Sign up" }).click();
  const heading = page.getByRole("heading", { level: 1, name: CHECK });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle(/^Check your email and phone/);
  const masked = `${email[0]}•••@example.com`;
  await expect(page.getByText(`We sent a link to ${masked}. Open it within 48 hours to confirm.`)).toBeVisible();
  // Numbers show masked and are read as "number ending in …" (tests/accessibility.spec.ts).
  const sent = page.locator("main li");
  await expect(sent.filter({ hasText: "We sent a text message to" })).toHaveText(
    `We sent a text message to (•••) •••-${phone.slice(-4)}number ending in ${phone.slice(-4)}. Reply YES to confirm.`,
  );
  await expect(sent.filter({ hasText: "We will call" })).toHaveText(
    "We will call +•••0958number ending in 0958 between 8 AM and 9 PM. Press 1 on the call to confirm.",
  );
  await expect(page.getByText("Sacramento County Elections")).toBeVisible();
  await expect(page.getByRole("link", { name: "See your ballot status" })).toHaveAttribute("href", /^\/status\/[0-9a-f]{32}$/);
  await expectNoAxeViolations(page, "signed up");

  // The embedded default captures messages instead of sending them; a newcomer reads them,
  // and confirms, here.
  await page.goto("/messages");
  const message = page.locator("article", { hasText: email });
  await expect(message).toHaveCount(1);
  await expect(message.locator("dd").first()).toHaveText("Sacramento County Elections");
  await expect(message).toContainText(`about Lan's vote-by-mail ballot`);
  await expect(message).not.toContainText("/status/");
  const text = (await message.locator("pre").textContent()) ?? "";
  const link = text.match(/http:\/\/[^\s]+\/confirm\/[0-9a-f]{32}/)![0];
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Confirm ballot notifications" })).toBeVisible();
  await expectNoAxeViolations(page, "confirm page");
  await page.getByRole("button", { name: "Confirm" }).click();
  const confirmed = page.getByRole("heading", { level: 1, name: "Confirmed" });
  await expect(confirmed).toBeFocused();
  await expect(page.getByText(`Notifications about this ballot will come to ${masked}, from Sacramento County Elections.`)).toBeVisible();
  await expectNoAxeViolations(page, "confirmed");
  // The text is confirmed by replying YES, here as the phone would.
  await page.goto("/messages");
  const sms = page.locator("article", { hasText: `Text message to ${e164}` }).first();
  await sms.getByLabel(`Reply from ${e164}:`).fill("YES");
  await sms.getByRole("button", { name: "Send reply" }).click();
  await page.getByRole("link", { name: "See the ballot's status" }).count();
  expect((await messagesTo(request, e164)).length).toBeGreaterThan(0);
});

test("no match: the seed's message, help, and no field blamed", async ({ page }) => {
  await fillIdentity(page, { ...MARIA, first: "Mariah" });
  await emailSwitch(page).click();
  await page.getByLabel("Email address").fill(uniqueEmail("nomatch"));
  await page.getByRole("button", { name: "Sign up" }).click();

  const summary = page.locator("#error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("There is a problem");
  await expect(summary).toContainText(NO_MATCH);
  await expect(summary).toContainText("ZIP code of your California residential address");
  await expect(summary).toContainText("try again in a few days");
  await expect(page).toHaveTitle(/^Error: /);
  // Saying which field failed would let anyone probe the voter file.
  await expect(page.locator("[aria-invalid=true]")).toHaveCount(0);
  // Nothing typed is lost.
  await expect(page.getByLabel("First name")).toHaveValue("Mariah");
  await expectNoAxeViolations(page, "no match");
});

test("an overseas postcode gets the California-ZIP advice, linked from the summary", async ({ page, request }) => {
  const voter = await newVoter(request, "overseas", { zip: "94612", county: "Alameda" });
  await fillIdentity(page, { ...voter, zip: "SW1A 1AA" });
  await smsSwitch(page).click();
  await page.getByLabel("Mobile phone number").fill("+44 7700 900123");
  await page.getByRole("button", { name: "Sign up" }).click();

  const summary = page.locator("#error-summary");
  await expect(summary).toBeFocused();
  const zip = page.getByLabel("ZIP code");
  await expect(zip).toHaveAttribute("aria-invalid", "true");
  const zipError = page.locator("#zip-error");
  await expect(zipError).toContainText("Use the ZIP code of your California residential address");
  await expect(zip).toHaveAttribute("aria-describedby", "zip-hint zip-error");
  await expectNoAxeViolations(page, "errors shown");
  await expectNoHorizontalScroll(page);

  await summary.getByRole("link", { name: /California ZIP code/ }).click();
  await expect(zip).toBeFocused();

  await zip.fill("94612");
  await expect(zipError).toHaveCount(0);
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { level: 1, name: CHECK })).toBeVisible();
  await expect(page.getByText("Alameda County Elections")).toBeVisible();
});

test("the date of birth gets its dashes while typing and is normalised on leaving", async ({ page }) => {
  const dob = page.getByLabel("Date of birth");
  await expect(dob).toHaveAttribute("inputmode", "numeric");
  await expect(dob).toHaveAttribute("autocomplete", "bday");
  await dob.pressSequentially("01231980");
  await expect(dob).toHaveValue("01-23-1980");

  // A dash goes in between digits, never ahead of them (tests/accessibility.spec.ts).
  await dob.fill("");
  await dob.pressSequentially("01");
  await expect(dob).toHaveValue("01");
  await dob.pressSequentially("2");
  await expect(dob).toHaveValue("01-2");
  await dob.press("Backspace");
  await expect(dob).toHaveValue("01");

  await dob.fill("");
  await dob.pressSequentially("1/23/1980");
  await expect(dob).toHaveValue("01-23-1980");

  await dob.fill("1-2-1980");
  await page.getByLabel("ZIP code").focus();
  await expect(dob).toHaveValue("01-02-1980");

  // Each error names the real problem; no 1900 message for a date that is not before 1900.
  // Errors appear on submit, then follow the typing.
  await dob.fill("02-30-1981");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.locator("#date-of-birth-error")).toHaveText("Error: Day must be between 01 and 28 for February 1981");
  await dob.fill("13-01-1980");
  await expect(page.locator("#date-of-birth-error")).toHaveText("Error: Month must be between 01 and 12");
  await dob.fill("01-01-1899");
  await expect(page.locator("#date-of-birth-error")).toHaveText("Error: Date of birth cannot be before 01-01-1900");
});

test("the switches work by keyboard alone, and reveal their input next in tab order", async ({ page }) => {
  await page.getByLabel("ZIP code").focus();
  await page.keyboard.press("Tab");
  await expect(emailSwitch(page)).toBeFocused();
  await expect(emailSwitch(page)).toHaveAttribute("aria-checked", "false");
  await expect(page.getByLabel("Email address")).toHaveCount(0);

  await page.keyboard.press("Space");
  await expect(emailSwitch(page)).toHaveAttribute("aria-checked", "true");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Email address")).toBeFocused();
  await page.keyboard.type("keyboard@example.com");
  await page.keyboard.press("Tab");
  await expect(smsSwitch(page)).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByLabel("Email address")).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(emailSwitch(page)).toBeFocused();

  // Off hides the input and drops it from the tab order; on again keeps what was typed.
  await page.keyboard.press("Space");
  await expect(emailSwitch(page)).toHaveAttribute("aria-checked", "false");
  await page.keyboard.press("Tab");
  await expect(smsSwitch(page)).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Email address")).toHaveValue("keyboard@example.com");

  // The name stays the same whatever the state: the state is aria-checked.
  await expect(emailSwitch(page)).toHaveAccessibleName("Email");
  await smsSwitch(page).click();
  await expect(smsSwitch(page)).toHaveAttribute("aria-checked", "true");
  await smsSwitch(page).click();
  await expect(smsSwitch(page)).toHaveAttribute("aria-checked", "false");
});

test("a keyboard-only sign-up, with errors fixed from the summary", async ({ page, request }) => {
  const voter = await newVoter(request, "keyboard", { zip: "94612", county: "Alameda" });
  await page.getByLabel("First name").focus();
  await page.keyboard.type(voter.first);
  await page.keyboard.press("Tab");
  await page.keyboard.type(voter.last);
  await page.keyboard.press("Tab");
  await page.keyboard.type(voter.dob.replace(/-/g, ""));
  await page.keyboard.press("Tab");
  await page.keyboard.type(voter.zip);
  await page.keyboard.press("Tab"); // Email switch, left off
  await page.keyboard.press("Tab"); // SMS switch
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.type("+44 77");
  await page.keyboard.press("Enter"); // submits the form

  const summary = page.locator("#error-summary");
  await expect(summary).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(summary.getByRole("link").first()).toBeFocused();
  await page.keyboard.press("Enter");
  const phone = page.getByLabel("Mobile phone number");
  await expect(phone).toBeFocused();
  const last = String(100000 + Math.floor(Math.random() * 800000));
  await page.keyboard.type(`00 ${last}`);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: CHECK })).toBeFocused();
  // Shown masked, read as "number ending in …".
  const sent = page.locator("main li").filter({ hasText: "We sent a text message to" });
  await expect(sent).toContainText(`+•••${last.slice(-4)}`);
  await expect(sent).toContainText("Reply YES to confirm.");
});

test("two voters share an identity: the voter ID decides", async ({ page }, testInfo) => {
  await fillIdentity(page, { first: "John", last: "Smith", dob: "05-05-1970", zip: "90012" });
  await emailSwitch(page).click();
  await page.getByLabel("Email address").fill(uniqueEmail("john"));
  await page.getByRole("button", { name: "Sign up" }).click();
  const summary = page.locator("#error-summary");
  await expect(summary).toContainText("More than one voter matches");
  await expect(summary).toContainText("sample ballot");
  const voterId = page.getByLabel("Voter ID", { exact: true });
  await expect(voterId).toBeVisible();
  await expectNoAxeViolations(page, "ambiguous voter");

  // One John Smith per project, so the runs do not find each other's sign-up.
  await voterId.fill(testInfo.project.name === "phone" ? "v000000007" : "v000000008");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Check your email and phone|You were already signed up/);
  await expect(page.getByText("Los Angeles County Elections")).toBeVisible();
});

test("signing up again changes nothing and shows no link: check your email instead", async ({ page, request }) => {
  const voter = await newVoter(request, "again");
  for (const round of [1, 2]) {
    await page.goto("/");
    await fillIdentity(page, voter);
    await emailSwitch(page).click();
    await page.getByLabel("Email address").fill(uniqueEmail(`again${round}`));
    await page.getByRole("button", { name: "Sign up" }).click();
    await expect(page.getByRole("heading", { level: 1, name: round === 1 ? CHECK : "You were already signed up" })).toBeVisible();
  }
  await expect(page.getByText("Nothing has changed.")).toBeVisible();
  await expect(page.getByText("We sent a link to change or stop notifications to the email address and phone on file.")).toBeVisible();
  await expect(page.getByRole("link", { name: "See your ballot status" })).toHaveCount(0);
  await expectNoAxeViolations(page, "already signed up");
});

test("fits a 320 px wide screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await emailSwitch(page).click();
  await smsSwitch(page).click();
  await voiceSwitch(page).click();
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.locator("#error-summary")).toBeFocused();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, "320 px with every error");
});

test("at 200% zoom (a 1280 px window shows 640 CSS px) nothing scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await fillIdentity(page, { ...EMILY, zip: "SW1A 1AA" });
  await emailSwitch(page).click();
  await page.getByLabel("Email address").fill("a.very.long.address.for.testing.wrapping@example.com");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.locator("#error-summary")).toBeFocused();
  await expectNoHorizontalScroll(page);
});

test("reduced motion stills the switches; forced colours keep their state visible", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const thumb = page.locator("#email-switch .switch-thumb");
  expect(await thumb.evaluate((e) => getComputedStyle(e).transitionDuration)).toBe("0s");
  await page.emulateMedia({ reducedMotion: "no-preference" });
  expect(await thumb.evaluate((e) => getComputedStyle(e).transitionDuration)).toBe("0.15s");

  // Windows High Contrast: the system's colours, and the state still shown by the track's
  // colour, the icon in the thumb and the words On/Off, not by our green alone.
  await page.emulateMedia({ forcedColors: "active" });
  await emailSwitch(page).click();
  const track = page.locator("#email-switch .switch-track");
  const on = await track.evaluate((e) => getComputedStyle(e).backgroundColor);
  const offTrack = page.locator("#sms-switch .switch-track");
  const off = await offTrack.evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(on).not.toBe(off);
  await expect(page.locator("#email-switch .switch-state")).toHaveText("On");
  await expect(page.locator("#sms-switch .switch-state")).toHaveText("Off");
  await expectNoAxeViolations(page, "forced colours, one switch on");
});
