import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./app";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./axe";
import { allowCureHost, confirmAddress, newVoter, postEvent, replyYes, type Voter } from "./support";

/** Signs a voter up by email and text, both confirmed by their owners; the two links. */
async function signUp(request: APIRequestContext, voter: Voter) {
  const email = `status.${voter.id}@example.com`;
  const phone = `+1916555${String(1000 + Math.floor(Math.random() * 9000))}`;
  const response = await request.post("/api/v1/signups", {
    data: {
      first_name: voter.first,
      last_name: voter.last,
      date_of_birth: voter.dob,
      zip: voter.zip,
      email: { opt_in: true, address: email },
      sms: { opt_in: true, phone },
      voice: { opt_in: false, phone: null },
    },
  });
  expect(response.status()).toBe(201);
  const subscription = (await response.json()).subscription;
  await confirmAddress(request, email);
  await replyYes(request, phone);
  return { status: subscription.status_token as string, manage: subscription.manage_token as string, phone };
}

test("the status page turns Received green without a reload, and says so politely", async ({ page, request }) => {
  const voter = await newVoter(request, "status");
  const { status: token } = await signUp(request, voter);
  await postEvent(request, voter.id, "mailed");
  await page.goto(`/status/${token}`);
  await expect(page).toHaveTitle(/^Your ballot status/);
  await expect(page.getByRole("heading", { level: 1, name: "Your ballot status" })).toBeVisible();
  const steps = page.locator("ol.timeline > li");
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText("Completed");
  await expect(steps.nth(0)).toHaveAttribute("aria-current", "step");
  await expect(steps.nth(1)).toContainText("Not yet");
  await expect(page.getByText(voter.office).first()).toBeVisible();
  // With the app running, the page says it updates itself, and nothing asks for a reload.
  await expect(page.getByText("This page updates by itself.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Reload this page to see the latest." })).toHaveCount(0);
  await expectNoAxeViolations(page, "status: mailed");
  await expectNoHorizontalScroll(page);

  // Keep a handle on the document to prove there was no reload.
  await page.evaluate(() => ((window as any).__sameDocument = true));
  await postEvent(request, voter.id, "received");
  await expect(steps.nth(1)).toContainText("Completed", { timeout: 4_000 });
  await expect(steps.nth(1)).toHaveAttribute("aria-current", "step");
  await expect(page.getByRole("status").filter({ hasText: "updated" })).toContainText("Received");
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
  await expectNoAxeViolations(page, "status: received");

  await allowCureHost(request, "Sacramento");
  await postEvent(request, voter.id, "signature_missing", {
    cure_deadline: "2026-12-01",
    cure_url: "https://elections.example/cure",
  });
  const action = page.locator(".action-needed");
  await expect(action).toContainText("unsigned ballot statement by December 1, 2026");
  await expect(action.getByRole("link", { name: "https://elections.example/cure" })).toHaveAttribute(
    "href",
    "https://elections.example/cure",
  );
  await expectNoAxeViolations(page, "status: signature problem");
});

test("check my ballot without signing up", async ({ page, request }) => {
  const voter = await newVoter(request, "check");
  await postEvent(request, voter.id, "mailed");
  await page.goto("/check");
  await expect(page.getByRole("heading", { level: 1, name: "Check your ballot status" })).toBeVisible();
  await expectNoAxeViolations(page, "lookup: empty");
  await page.getByRole("button", { name: "Check status" }).click();
  await expect(page.locator("#error-summary")).toBeFocused();
  await expectNoAxeViolations(page, "lookup: errors");

  await page.getByLabel("First name").fill(voter.first);
  await page.getByLabel("Last name").fill(voter.last);
  await page.getByLabel("Date of birth").fill(voter.dob);
  await page.getByLabel("ZIP code").fill(voter.zip);
  await page.getByRole("button", { name: "Check status" }).click();
  await expect(page.getByRole("heading", { name: "Your ballot status", exact: true })).toBeFocused();
  await expect(page.locator("ol.timeline > li")).toHaveCount(3);
  await expectNoAxeViolations(page, "lookup: result");

  await page.getByLabel("First name").fill("Nobody");
  await page.getByRole("button", { name: "Check status" }).click();
  await expect(page.locator("#error-summary")).toContainText("does not match any voters");
});

test("the manage page changes and stops notifications", async ({ page, request }) => {
  const voter = await newVoter(request, "manage");
  const { manage: token, phone } = await signUp(request, voter);
  await page.goto(`/manage/${token}`);
  await expect(page.getByRole("heading", { level: 1, name: "Change or stop notifications" })).toBeVisible();
  const sms = page.getByRole("switch", { name: "Text message (SMS)" });
  await expect(sms).toHaveAttribute("aria-checked", "true");
  await expect(page.getByText(`Now: (•••) •••-${phone.slice(-4)}`)).toBeVisible();
  await expectNoAxeViolations(page, "manage: loaded");

  await sms.click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: "Your choices are saved" })).toBeFocused();
  const details = await (await request.get(`/api/v1/subscriptions/${token}`)).json();
  expect(details.channels.sms.opt_in).toBe(false);
  expect(details.channels.email.opt_in).toBe(true);

  // Asked first: nothing is erased until the voter says yes.
  await page.getByRole("button", { name: "Stop all notifications" }).click();
  await expect(page.getByRole("heading", { name: "Stop all notifications?" })).toBeFocused();
  await expectNoAxeViolations(page, "manage: asked to confirm stopping");
  await page.getByRole("button", { name: "No, keep my notifications" }).click();
  await expect(page.getByRole("button", { name: "Stop all notifications" })).toBeFocused();
  expect((await (await request.get(`/api/v1/subscriptions/${token}`)).json()).stopped).toBe(false);
  await page.getByRole("button", { name: "Stop all notifications" }).click();
  await page.getByRole("button", { name: "Yes, stop all notifications" }).click();
  await expect(page.getByRole("heading", { name: "Notifications are stopped" })).toBeFocused();
  expect((await (await request.get(`/api/v1/subscriptions/${token}`)).json()).stopped).toBe(true);
  await expectNoAxeViolations(page, "manage: stopped");
});

test("a status link can be shared: it cannot change anything, but can ask for a manage link", async ({ page, request }) => {
  const voter = await newVoter(request, "shared");
  const { status: token } = await signUp(request, voter);
  await page.goto(`/status/${token}`);
  await page.getByRole("link", { name: "Change or stop notifications" }).click();
  // Its own title and heading: this link cannot change or stop anything.
  await expect(page.getByRole("heading", { level: 1, name: "This link cannot change notifications" })).toBeVisible();
  await expect(page).toHaveTitle("This link cannot change notifications - Where's My Ballot?");
  await expect(page.getByText("This link shows your ballot's status, but cannot change your notifications.")).toBeVisible();
  await expect(page.getByRole("switch")).toHaveCount(0);
  await expectNoAxeViolations(page, "manage: read-only link");
  await page.getByRole("button", { name: "Send a new link to my email and phone on file" }).click();
  const sent = page.getByText("We sent a new link to the email address and phone on file.");
  await expect(sent).toBeVisible();
  await expect(sent).toBeFocused();
  await expectNoAxeViolations(page, "manage: link sent");
});
