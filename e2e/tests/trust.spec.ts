import { type Page } from "@playwright/test";
import { expect, test } from "./app";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./axe";
import { confirmAddress, messagesTo, newVoter, postEvent, tokenIn, uniqueEmail } from "./support";

// Issue 11: the takeover, tried as an attacker would, with a voter's details from a voter-file
// extract; and checking a message at /verify.

async function signUpThroughThePage(page: Page, voter: { first: string; last: string; dob: string; zip: string }, email: string) {
  await page.goto("/");
  await page.getByLabel("First name").fill(voter.first);
  await page.getByLabel("Last name").fill(voter.last);
  await page.getByLabel("Date of birth").fill(voter.dob);
  await page.getByLabel("ZIP code").fill(voter.zip);
  await page.getByRole("switch", { name: "Email" }).click();
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Sign up" }).click();
}

test("someone with a voter's details cannot take over their alerts, and the voter can undo a change", async ({ page, request }) => {
  const voter = await newVoter(request, "victim");
  const victim = uniqueEmail("victim");
  await signUpThroughThePage(page, voter, victim);
  await expect(page.getByRole("heading", { level: 1, name: "Check your email and phone" })).toBeVisible();
  await confirmAddress(request, victim);

  // The attacker types the same details, with their own address.
  const attacker = uniqueEmail("attacker");
  await signUpThroughThePage(page, voter, attacker);
  const heading = page.getByRole("heading", { level: 1, name: "You were already signed up" });
  await expect(heading).toBeFocused();
  await expect(page.getByText("Nothing has changed.")).toBeVisible();
  await expect(page.getByRole("link", { name: "See your ballot status" })).toHaveCount(0);
  expect(await page.content()).not.toMatch(/\/(status|manage)\/[0-9a-f]{32}/);
  await expectNoAxeViolations(page, "already signed up");

  // Ballot news still goes to the voter alone.
  await postEvent(request, voter.id, "mailed");
  await expect.poll(async () => (await messagesTo(request, victim)).some((m) => m.includes("handed to the postal service"))).toBe(true);
  expect((await messagesTo(request, attacker)).some((m) => m.includes("handed to the postal service"))).toBe(false);
  // The voter was told someone signed up again.
  await expect.poll(async () => (await messagesTo(request, victim)).some((m) => m.includes("Someone entered"))).toBe(true);

  // The attacker confirms their own address: the voter is told, with a link that undoes it.
  await confirmAddress(request, attacker);
  const undo = await tokenIn(request, victim, "/undo/");
  await page.goto(`/undo/${undo}`);
  await expect(page.getByRole("heading", { level: 1, name: "Undo a change to your notifications" })).toBeVisible();
  await expectNoAxeViolations(page, "undo page");
  await page.getByRole("button", { name: "Undo the change" }).click();
  const done = page.getByRole("heading", { level: 1, name: "The change is undone" });
  await expect(done).toBeFocused();
  await expect(page.getByText(/Notifications go to .•••@example\.com again, and no longer to .•••@example\.com\./)).toBeVisible();
  await expectNoAxeViolations(page, "undone");
  await expectNoHorizontalScroll(page);

  // A link works once.
  await page.reload();
  await page.getByRole("button", { name: "Undo the change" }).click();
  await expect(page.locator("#error-summary")).toBeFocused();
  await expect(page.locator("#error-summary")).toContainText("expired or was already used");
});

test("/verify says whether we sent a message, and nothing more", async ({ page, request }) => {
  const voter = await newVoter(request, "verify");
  const email = uniqueEmail("verify");
  await signUpThroughThePage(page, voter, email);
  await expect(page.getByRole("heading", { level: 1, name: "Check your email and phone" })).toBeVisible();
  let reference = "";
  await expect
    .poll(async () => {
      const text = (await messagesTo(request, email)).join("\n");
      reference = text.match(/Reference\s+([0-9A-Z]{4}-[0-9A-Z]{4})/)?.[1] ?? "";
      return reference;
    })
    .not.toBe("");

  await page.goto("/verify");
  await expect(page.getByRole("heading", { level: 1, name: "Is this message from us?" })).toBeVisible();
  await expect(page.getByText("Email from wheres-my-ballot@localhost")).toBeVisible();
  await expectNoAxeViolations(page, "verify: empty");

  // Typed as a voter might, from a phone: lower case, with spaces.
  const field = page.getByLabel("Reference");
  await field.fill(`ref ${reference.toLowerCase().replace("-", " ")}`);
  await page.getByRole("button", { name: "Check" }).click();
  const yes = page.getByRole("heading", { name: "We sent this message" });
  await expect(yes).toBeFocused();
  await expect(page.getByText(/Sacramento County Elections sent it by email to .•••@example\.com on /)).toBeVisible();
  await expect(page.getByText(voter.last)).toHaveCount(0);
  await expectNoAxeViolations(page, "verify: ours");
  await expectNoHorizontalScroll(page);

  await field.fill("ZZZZ-ZZZZ");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByRole("heading", { name: "We did not send a message with this reference" })).toBeFocused();
  await expectNoAxeViolations(page, "verify: not ours");

  await field.fill("not a reference");
  await page.getByRole("button", { name: "Check" }).click();
  const summary = page.locator("#error-summary");
  await expect(summary).toBeFocused();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await summary.getByRole("link").first().click();
  await expect(field).toBeFocused();
  await expectNoAxeViolations(page, "verify: invalid");
});
