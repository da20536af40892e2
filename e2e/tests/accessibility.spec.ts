import { type Page } from "@playwright/test";
import { expect, test } from "./app";
import { expectNoAxeViolations } from "./axe";
import { newVoter, replyYes, uniqueEmail } from "./support";

// Issue 12: what an accessibility tester found on a phone, each a test that failed before.
// Demo voters: two John Smiths share a name, a date of birth and a ZIP code (api/src/demo.rs).
const JOHN = { first: "John", last: "Smith", dob: "05-05-1970", zip: "90012" };

const LANGUAGES = ["en", "es", "zh", "hi", "ja", "km", "ko", "tl", "th", "vi"];
const htmlLang = (code: string) => (code === "zh" ? "zh-Hant" : code);

/** The digits a keyboard in that language may send: full-width in CJK modes, native in
 * Hindi, Khmer and Thai. The field makes them `01-23-1980` whatever they are. */
function keyboardDigits(code: string, ascii: string) {
  const zero: Record<string, number> = { ja: 0xff10, zh: 0xff10, ko: 0xff10, hi: 0x0966, km: 0x17e0, th: 0x0e50 };
  const base = zero[code];
  return base === undefined ? ascii : [...ascii].map((d) => String.fromCharCode(base + Number(d))).join("");
}

async function chooseLanguage(page: Page, code: string) {
  await page.locator("#language").selectOption(code);
  await expect(page.locator("html")).toHaveAttribute("lang", htmlLang(code));
}

/** Types as an Android keyboard or dictation does: each piece is composed, then committed. */
async function compose(page: Page, pieces: string[]) {
  const cdp = await page.context().newCDPSession(page);
  for (const piece of pieces) {
    await cdp.send("Input.imeSetComposition", { text: piece, selectionStart: piece.length, selectionEnd: piece.length });
    await cdp.send("Input.insertText", { text: piece });
  }
  await cdp.detach();
}

const caret = (page: Page) =>
  page.locator("#date-of-birth").evaluate((input: HTMLInputElement) => input.selectionStart);

/** Counts changes to an element's text from now on. */
async function watchText(page: Page, selector: string) {
  await page.evaluate((selector) => {
    const element = document.querySelector(selector)!;
    const w = window as unknown as { changes: Record<string, number> };
    w.changes = w.changes ?? {};
    w.changes[selector] = 0;
    new MutationObserver(() => (w.changes[selector] += 1)).observe(element, {
      childList: true, subtree: true, characterData: true,
    });
  }, selector);
  return () => page.evaluate((selector) => (window as unknown as { changes: Record<string, number> }).changes[selector], selector);
}

test("a composing keyboard or dictation types a date of birth, in every language", async ({ page }) => {
  for (const code of LANGUAGES) {
    await page.goto("/");
    await chooseLanguage(page, code);
    const dob = page.locator("#date-of-birth");
    await dob.focus();
    // Digit by digit (was 01-12-231980).
    await compose(page, [..."01231980"].map((d) => keyboardDigits(code, d)));
    await expect(dob, code).toHaveValue("01-23-1980");
    expect(await caret(page), code).toBe(10);
    // Committed at once (was 01-23-0123), the caret after what was typed.
    await dob.fill("");
    await compose(page, [keyboardDigits(code, "0123")]);
    await expect(dob, code).toHaveValue("01-23");
    expect(await caret(page), code).toBe(5);
    await compose(page, [keyboardDigits(code, "1980")]);
    await expect(dob, code).toHaveValue("01-23-1980");
  }
});

test("Backspace removes digits, and no edit leaves a date the rules cannot read", async ({ page }) => {
  await page.goto("/");
  const dob = page.getByLabel("Date of birth");
  // The hint says the form in words: a screen reader read "M M D D Y Y Y Y".
  await expect(dob).toHaveAccessibleDescription(
    "Two-digit month, two-digit day, four-digit year, for example 01-23-1980",
  );
  // A dash is only ever put between digits: nothing is there the voter did not hear typed.
  await dob.pressSequentially("01");
  await expect(dob).toHaveValue("01");
  await dob.pressSequentially("2");
  await expect(dob).toHaveValue("01-2");
  await dob.press("Backspace");
  await expect(dob).toHaveValue("01");
  await dob.press("Backspace");
  await expect(dob).toHaveValue("0");

  // Backspace just after a dash in the middle removes the digit before it (was: the dash,
  // leaving 0123-1980 for good).
  await dob.fill("01-23-1980");
  await dob.evaluate((input: HTMLInputElement) => input.setSelectionRange(3, 3));
  await dob.press("Backspace");
  await expect(dob).toHaveValue("0-23-1980");
  expect(await caret(page)).toBe(1);
  await dob.press("1");
  await expect(dob).toHaveValue("01-23-1980");
  // Delete just before a dash removes the digit after it.
  await dob.evaluate((input: HTMLInputElement) => input.setSelectionRange(2, 2));
  await dob.press("Delete");
  await expect(dob).toHaveValue("01-3-1980");
  await dob.press("2");
  await expect(dob).toHaveValue("01-23-1980");

  // What people paste: the year first, slashes, full-width digits; and a full-width ZIP.
  for (const pasted of ["1980-01-23", "1/23/1980", "０１/２３/１９８０"]) {
    await dob.fill(pasted);
    await page.getByLabel("ZIP code").focus();
    await expect(dob, pasted).toHaveValue("01-23-1980");
  }
  await page.getByLabel("ZIP code").fill("９５８１４");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.locator("#error-summary")).toBeFocused();
  await expect(page.locator("#date-of-birth-error")).toHaveCount(0);
  await expect(page.locator("#zip-error")).toHaveCount(0);
});

for (const path of ["/", "/check"]) {
  test(`two voters share an identity: the voter ID is a field error, linked and said where to find it (${path})`, async ({ page }) => {
    await page.goto(path);
    await page.getByLabel("First name").fill(JOHN.first);
    await page.getByLabel("Last name").fill(JOHN.last);
    await page.getByLabel("Date of birth").fill(JOHN.dob);
    await page.getByLabel("ZIP code").fill(JOHN.zip);
    if (path === "/") {
      await page.getByRole("switch", { name: "Email" }).click();
      await page.getByLabel("Email address").fill(uniqueEmail("john"));
    }
    await page.locator("main form button[type=submit]").last().click();
    const summary = page.locator("#error-summary");
    await expect(summary).toBeFocused();
    const link = summary.getByRole("link", { name: /More than one voter matches/ });
    await expect(link).toBeVisible();
    const voterId = page.getByLabel("Voter ID", { exact: true });
    await expect(voterId).toHaveAttribute("aria-invalid", "true");
    await expect(voterId).toHaveAccessibleDescription(/sample ballot.*Error: Enter your voter ID\. It is printed on your voter registration card and on your sample ballot\./);
    await expectNoAxeViolations(page, `voter ID needed (${path})`);
    await link.click();
    await expect(voterId).toBeFocused();
    // Typing fixes the field quietly; the summary stays as it was until the next submit.
    const summaryText = await summary.innerText();
    await voterId.pressSequentially("V00");
    await expect(page.locator("#voter-id-error")).toHaveCount(0);
    expect(await summary.innerText()).toBe(summaryText);
  });
}

test("after a failed submit the summary stays as it was while fields update quietly", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Sign up" }).click();
  const summary = page.locator("#error-summary");
  await expect(summary).toBeFocused();
  const before = await summary.innerText();
  const changes = await watchText(page, "#error-summary");
  // Fourteen keystrokes that fix, then break, then fix fields (was: four assertive changes).
  await page.getByLabel("First name").pressSequentially("Maria");
  await page.getByLabel("Last name").pressSequentially("Ga");
  await page.getByLabel("Date of birth").pressSequentially("0123198");
  await expect(page.locator("#first-name-error")).toHaveCount(0);
  await expect(page.locator("#date-of-birth-error")).toBeVisible();
  expect(await changes()).toBe(0);
  expect(await summary.innerText()).toBe(before);
  // The next submit shows what is wrong now.
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(summary).not.toContainText("Enter your first name");
});

test("where emails go is announced once, when the address is complete", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("switch", { name: "Email" }).click();
  const announced = page.locator("#email-announced");
  await expect(announced).toHaveAttribute("role", "status");
  const changes = await watchText(page, "#email-announced");
  const address = uniqueEmail("once");
  await page.getByLabel("Email address").pressSequentially(address);
  // Shown as typed, for sighted voters, outside the accessibility tree.
  await expect(page.locator("#email-status")).toHaveText(`You will receive emails at ${address}`);
  await expect(page.locator("#email-status")).toHaveAttribute("aria-hidden", "true");
  expect(await changes()).toBe(0);
  await page.keyboard.press("Tab");
  await expect(announced).toHaveText(`You will receive emails at ${address}`);
  expect(await changes()).toBe(1);
});

test("the channel error describes the switches, and its summary link lands on the first", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Sign up" }).click();
  const error = "Error: Turn on at least one way to be notified: email, text message or voice call";
  await expect(page.locator("#channels-error")).toHaveText(error);
  await expect(page.getByRole("group", { name: "How should we notify you?" })).toHaveAccessibleDescription(
    `Turn on one or more. ${error}`,
  );
  await page.locator("#error-summary").getByRole("link", { name: /Turn on at least one way/ }).click();
  const email = page.getByRole("switch", { name: "Email" });
  await expect(email).toBeFocused();
  await expect(email).toHaveAccessibleDescription(error);
  await email.press("Space");
  await expect(email).toHaveAccessibleDescription("");
});

test("a summary link shows the label, hint and error above the field it focuses (400 % zoom)", async ({ page }) => {
  // 400 % of a 1280 x 800 window.
  await page.setViewportSize({ width: 320, height: 200 });
  await page.goto("/");
  await page.getByLabel("First name").fill("Maria");
  await page.getByLabel("Last name").fill("Garcia");
  await page.getByLabel("Date of birth").fill("02-30-1980");
  await page.getByRole("button", { name: "Sign up" }).click();
  await page.locator("#error-summary").getByRole("link", { name: /Day must be between/ }).click();
  await expect(page.getByLabel("Date of birth")).toBeFocused();
  for (const selector of ['label[for="date-of-birth"]', "#date-of-birth-hint", "#date-of-birth-error"]) {
    const box = (await page.locator(selector).boundingBox())!;
    expect(box.y, selector).toBeGreaterThanOrEqual(0);
    expect(box.y, selector).toBeLessThan(200);
  }
});

test("the language picker applies a language when chosen, not on each arrow key", async ({ page }) => {
  await page.goto("/");
  const fetched: string[] = [];
  page.on("request", (request) => {
    const match = /\/locales\/([a-z]+)\//.exec(request.url());
    if (match) fetched.push(match[1]);
  });
  const picker = page.locator("#language");
  await picker.focus();
  await page.keyboard.press("ArrowDown"); // Español
  await page.keyboard.press("ArrowDown"); // 中文
  await expect(picker).toHaveValue("zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  expect([...new Set(fetched)]).toEqual(["zh"]);
  // Its name says "Language" in English too, for a voter who cannot read the page's language.
  await expect(picker).toHaveAccessibleName(/Language/);
  // The button applies a choice made by keys.
  await picker.focus();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp"); // English
  await page.locator(".language-picker button").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(picker).toHaveAccessibleName("Language");
});

test("each state has its own title", async ({ page }) => {
  await page.goto(`/manage/${"0".repeat(32)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notifications not found");
  await expect(page).toHaveTitle("Notifications not found - Where's My Ballot?");
  await page.goto(`/status/${"0".repeat(32)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Status page not found");
  await expect(page).toHaveTitle("Status page not found - Where's My Ballot?");
});

test("in forced colours an error says so in words, not only in red", async ({ page }) => {
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto("/");
  await page.getByRole("button", { name: "Sign up" }).click();
  const prefix = page.locator("#first-name-error .error-prefix");
  await expect(prefix).toBeVisible();
  expect((await prefix.boundingBox())!.width).toBeGreaterThan(10);
  // Without forced colours, the red marks it and the prefix is for screen readers.
  await page.emulateMedia({ forcedColors: "none" });
  expect((await prefix.boundingBox())!.width).toBeLessThanOrEqual(1);
});

test("a hidden number is read as 'number ending in', and numbers abroad are grouped", async ({ page, request }) => {
  const voter = await newVoter(request, "masked");
  const last = String(1000 + Math.floor(Math.random() * 9000));
  const phone = `+1916555${last}`;
  const signed = await request.post("/api/v1/signups", {
    data: {
      first_name: voter.first, last_name: voter.last, date_of_birth: voter.dob, zip: voter.zip, language: "en",
      email: { opt_in: false }, sms: { opt_in: true, phone }, voice: { opt_in: false },
    },
  });
  expect(signed.status(), await signed.text()).toBe(201);
  await replyYes(request, phone);
  await page.goto(`/manage/${(await signed.json()).subscription.manage_token}`);
  const sms = page.getByLabel("Mobile phone number");
  await expect(sms).toHaveAccessibleDescription(new RegExp(`^Now: number ending in ${last} ?\\. Leave empty`));
  await expect(page.locator("#sms-phone-hint")).toContainText(`(•••) •••-${last}`);
  await sms.fill("+852 9123 4567");
  await expect(page.locator("#sms-status")).toHaveText("You will receive text messages at +852 9123 4567");
});
