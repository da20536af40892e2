import { type APIRequestContext, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./app";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./axe";
import { apiKey, confirmAddress, messages, messagesTo, newVoter, postEvent, type Voter } from "./support";

// Signing a ballot's statement from the tracker (issue 16): the signature problem arrives on
// the status page live, its link opens the cure page, and the voter signs by drawing, with a
// photo, or with a typed name using the keyboard alone. Each journey runs on a phone and on a
// desktop (playwright.config.ts), with axe at each state.

/** Signs a voter up by email, confirmed by its owner; the status link's token and the address. */
async function signUp(request: APIRequestContext, voter: Voter, language = "en") {
  const email = `cure.${voter.id}@example.com`;
  const response = await request.post("/api/v1/signups", {
    data: {
      first_name: voter.first,
      last_name: voter.last,
      date_of_birth: voter.dob,
      zip: voter.zip,
      language,
      email: { opt_in: true, address: email },
      sms: { opt_in: false, phone: null },
      voice: { opt_in: false, phone: null },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  await confirmAddress(request, email);
  return { token: (await response.json()).subscription.status_token as string, email };
}

/** A deadline the tests never reach: a cure is taken until its day ends in California. */
const DEADLINE = "2099-12-01";

async function signatureProblem(request: APIRequestContext, voter: Voter, status = "signature_mismatch") {
  await postEvent(request, voter.id, "mailed");
  await postEvent(request, voter.id, "received");
  await postEvent(request, voter.id, status, { cure_deadline: DEADLINE });
}

/** A few strokes across the pad, as a finger or a mouse would draw them. */
async function drawSignature(page: Page) {
  const pad = page.locator("canvas#signature-image");
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.6);
  await page.mouse.down();
  for (const [x, y] of [[0.25, 0.3], [0.4, 0.7], [0.55, 0.35], [0.7, 0.65], [0.85, 0.4]]) {
    await page.mouse.move(box.x + box.width * x, box.y + box.height * y, { steps: 4 });
  }
  await page.mouse.up();
  // Ink on the pad: dark pixels where the strokes went, on white.
  const inked = await pad.evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 128) dark++;
    return dark;
  });
  expect(inked).toBeGreaterThan(500);
}

/** A signed statement photographed as an iPhone saves it (api/tests/fixtures/cure/README.md). */
const HEIC = readFileSync(join(__dirname, "../../api/tests/fixtures/cure/statement.heic"));

test("a signature problem arrives live, its link opens the cure page, and a drawn signature is sent", async ({ page, request }) => {
  const voter = await newVoter(request, "curedraw");
  const { token, email } = await signUp(request, voter);
  await postEvent(request, voter.id, "mailed");
  await page.goto(`/status/${token}`);
  await expect(page.getByText("This page updates by itself.")).toBeVisible();

  // The problem arrives while the voter looks: the link to sign comes with it, no reload.
  await postEvent(request, voter.id, "received");
  await postEvent(request, voter.id, "signature_mismatch", { cure_deadline: DEADLINE });
  const sign = page.locator(".action-needed").getByRole("link", { name: "Sign the statement from this phone or computer" });
  await expect(sign).toBeVisible({ timeout: 5_000 });
  await expect(sign).toHaveAttribute("href", `/cure/${token}`);
  await expectNoAxeViolations(page, "status: cure offered");
  // The email about it links to the same page.
  await expect
    .poll(async () => (await messagesTo(request, email)).some((m) => m.includes(`/cure/`)), { timeout: 10_000 })
    .toBe(true);

  await sign.click();
  await expect(page).toHaveTitle(/^Sign your ballot statement/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign your ballot statement" })).toBeVisible();
  await expect(page.getByText("Send it by December 1, 2099.")).toBeVisible();
  await expect(page.getByText(/^I declare under penalty of perjury/)).toBeVisible();
  await expectNoAxeViolations(page, "cure: empty");
  await expectNoHorizontalScroll(page);

  // Sent with nothing: every field says what it needs, and the summary takes focus.
  await page.getByRole("button", { name: "Send my signature" }).click();
  const summary = page.locator("#error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Choose how you will sign");
  await expectNoAxeViolations(page, "cure: errors");

  // A date of birth that is not the voter's, and an empty pad.
  await page.getByLabel("Date of birth").fill("01-02-1960");
  await page.getByLabel("Draw my signature on the screen").check();
  await expect(page.locator("canvas#signature-image")).toBeVisible();
  await expectNoAxeViolations(page, "cure: drawing pad");
  await page.getByRole("button", { name: "Send my signature" }).click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Draw your signature in the box");
  await drawSignature(page);
  await page.getByRole("button", { name: "Send my signature" }).click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("This date of birth does not match our records for this ballot.");
  // The summary's link goes to the field.
  await summary.getByRole("link", { name: /does not match/ }).click();
  await expect(page.getByLabel("Date of birth")).toBeFocused();

  await page.getByLabel("Date of birth").fill(voter.dob);
  await page.getByRole("button", { name: "Send my signature" }).click();
  const sent = page.getByRole("heading", { name: "Signature sent" });
  await expect(sent).toBeFocused();
  await expect(page.getByText(`${voter.office} has your signature.`)).toBeVisible();
  await expectNoAxeViolations(page, "cure: sent");

  // The status page says it was received, and offers no second cure.
  await page.getByRole("link", { name: "See your ballot's status" }).click();
  await expect(page.getByText(/received the signature statement you sent on/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign the statement from this phone or computer" })).toHaveCount(0);
  await expect
    .poll(async () => (await messagesTo(request, email)).some((m) => m.includes("Signature statement received")), { timeout: 10_000 })
    .toBe(true);

  // The cure page now says there is nothing to sign.
  await page.goto(`/cure/${token}`);
  await expect(page.getByText("This ballot does not need a signature from this page now.")).toBeVisible();
});

test("in Spanish, a photo that is not one is refused by its content, and an iPhone's HEIC photo is sent", async ({ page, request }) => {
  const es = { ...messages("es", "ui"), ...messages("es", "rules") };
  const voter = await newVoter(request, "curephoto");
  const { token } = await signUp(request, voter, "es");
  await signatureProblem(request, voter, "signature_missing");

  await page.goto(`/cure/${token}?language=es`);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1, name: es["cure-title"] })).toBeVisible();
  await expectNoAxeViolations(page, "cure (es): empty");

  await page.getByLabel(es["field-date-of-birth"]).fill(voter.dob);
  await page.getByLabel(es["cure-method-photo"]).check();
  // A GIF named .png: told by its content.
  const photo = page.getByLabel(es["cure-photo-label"]);
  await photo.setInputFiles({ name: "firma.png", mimeType: "image/png", buffer: Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;") });
  await page.getByRole("button", { name: es["cure-submit"] }).click();
  const summary = page.locator("#error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(es["cure-image-format"]);
  await expectNoAxeViolations(page, "cure (es): bad photo");

  // What an iPhone's camera saves (libheif wrote this one, with EXIF the server removes).
  await photo.setInputFiles({ name: "IMG_0412.HEIC", mimeType: "image/heic", buffer: HEIC });
  await page.getByRole("button", { name: es["cure-submit"] }).click();
  await expect(page.getByRole("heading", { name: es["cure-sent-title"] })).toBeFocused();
  await expectNoAxeViolations(page, "cure (es): sent");
  await expectNoHorizontalScroll(page);
});

test("with the keyboard alone, the voter signs by typing their name", async ({ page, request }) => {
  const voter = await newVoter(request, "curekeys");
  const { token } = await signUp(request, voter);
  await signatureProblem(request, voter);
  await page.goto(`/cure/${token}`);
  await expect(page.getByRole("heading", { level: 1, name: "Sign your ballot statement" })).toBeVisible();

  // From the page's top: Tab until the date of birth, as a keyboard user would.
  const dob = page.getByLabel("Date of birth");
  for (let i = 0; i < 40 && !(await dob.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(dob).toBeFocused();
  await page.keyboard.type(voter.dob.replace(/-/g, ""));
  // Into the radio group (its first choice), then the arrow keys choose within it.
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Draw my signature on the screen")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const typed = page.getByLabel("Type my name instead");
  await expect(typed).toBeFocused();
  await expect(typed).toBeChecked();
  // The typed path says what it is for.
  await expect(typed).toHaveAccessibleDescription(/cannot draw or take a photo/);
  await page.keyboard.press("Tab");
  const name = page.getByLabel("Your full name, as you sign it");
  await expect(name).toBeFocused();
  await page.keyboard.type(`${voter.first} ${voter.last}`);
  await expectNoAxeViolations(page, "cure: typed");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Signature sent" })).toBeFocused();
});

test("a county that takes only typed names, in its own Spanish words, gets just that", async ({ page, request }) => {
  const es = { ...messages("es", "ui"), ...messages("es", "rules") };
  // A county of this test's own: the settings are per county.
  const voter = await newVoter(request, "curecounty", { zip: "95616", county: "Yolo" });
  const statement = "Declaro bajo pena de perjurio, según las leyes de California, que firmé esta declaración.";
  const settings = await request.put("/api/v1/admin/counties/Yolo", {
    headers: { authorization: `Bearer ${apiKey()}` },
    data: { cure_methods: ["typed"], cure_statements: { es: statement } },
  });
  expect(settings.status(), await settings.text()).toBe(200);
  const { token } = await signUp(request, voter, "es");
  await signatureProblem(request, voter);

  await page.goto(`/cure/${token}?language=es`);
  await expect(page.locator("blockquote.statement")).toHaveText(statement);
  // One way only, already chosen: no drawing, no photo.
  await expect(page.getByRole("radio")).toHaveCount(1);
  await expect(page.getByLabel(es["cure-method-typed"])).toBeChecked();
  await expect(page.getByLabel(es["cure-method-drawn"])).toHaveCount(0);
  await expectNoAxeViolations(page, "cure (es): county's own");
  await page.getByLabel(es["field-date-of-birth"]).fill(voter.dob);
  await page.getByLabel(es["cure-typed-label"]).fill(`${voter.first} ${voter.last}`);
  await page.getByRole("button", { name: es["cure-submit"] }).click();
  await expect(page.getByRole("heading", { name: es["cure-sent-title"] })).toBeFocused();
});
