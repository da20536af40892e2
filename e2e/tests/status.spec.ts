import { expect, test, type APIRequestContext, type TestInfo } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./axe";

// One demo voter per project, so the phone and desktop runs never share a timeline.
function voterFor(testInfo: TestInfo) {
  return testInfo.project.name === "phone"
    ? { id: "V000000004", first_name: "Ana", last_name: "Garcia Lopez", date_of_birth: "11-30-1988", zip: "92101", office: "San Diego County Elections" }
    : { id: "V000000011", first_name: "Linh", last_name: "Nguyen", date_of_birth: "08-20-1992", zip: "95823", office: "Sacramento County Elections" };
}

const apiKey = () => readFileSync(join(__dirname, "..", ".api-key"), "utf8").trim();

async function signUp(request: APIRequestContext, voter: ReturnType<typeof voterFor>) {
  const response = await request.post("/api/v1/signups", {
    data: {
      first_name: voter.first_name,
      last_name: voter.last_name,
      date_of_birth: voter.date_of_birth,
      zip: voter.zip,
      email: { opt_in: true, address: `status.${Date.now()}@example.com` },
      sms: { opt_in: true, phone: "(916) 555-0142" },
      voice: { opt_in: false, phone: null },
    },
  });
  expect(response.ok()).toBeTruthy();
  return (await response.json()).subscription.token as string;
}

async function postEvent(request: APIRequestContext, voterId: string, status: string, detail?: object) {
  const response = await request.post("/api/v1/admin/ballot-events", {
    headers: { authorization: `Bearer ${apiKey()}` },
    data: [
      {
        event_id: `e2e-${status}-${Date.now()}-${Math.random()}`,
        voter_id: voterId,
        election_id: "2026-11-03-general",
        status,
        occurred_at: new Date().toISOString(),
        detail,
      },
    ],
  });
  expect(response.status(), await response.text()).toBe(200);
}

test("the status page turns Received green without a reload, and says so politely", async ({ page, request }, testInfo) => {
  const voter = voterFor(testInfo);
  const token = await signUp(request, voter);
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

test("check my ballot without signing up", async ({ page }, testInfo) => {
  const voter = voterFor(testInfo);
  await page.goto("/check");
  await expect(page.getByRole("heading", { level: 1, name: "Check your ballot status" })).toBeVisible();
  await expectNoAxeViolations(page, "lookup: empty");
  await page.getByRole("button", { name: "Check status" }).click();
  await expect(page.locator("#error-summary")).toBeFocused();
  await expectNoAxeViolations(page, "lookup: errors");

  await page.getByLabel("First name").fill(voter.first_name);
  await page.getByLabel("Last name").fill(voter.last_name);
  await page.getByLabel("Date of birth").fill(voter.date_of_birth);
  await page.getByLabel("ZIP code").fill(voter.zip);
  await page.getByRole("button", { name: "Check status" }).click();
  await expect(page.getByRole("heading", { name: "Your ballot status", exact: true })).toBeFocused();
  await expect(page.locator("ol.timeline > li")).toHaveCount(3);
  await expectNoAxeViolations(page, "lookup: result");

  await page.getByLabel("First name").fill("Nobody");
  await page.getByRole("button", { name: "Check status" }).click();
  await expect(page.locator("#error-summary")).toContainText("does not match any voters");
});

test("the manage page changes and stops notifications", async ({ page, request }, testInfo) => {
  const voter = voterFor(testInfo);
  const token = await signUp(request, voter);
  await page.goto(`/manage/${token}`);
  await expect(page.getByRole("heading", { level: 1, name: "Change or stop notifications" })).toBeVisible();
  const sms = page.getByRole("switch", { name: "Text message (SMS)" });
  await expect(sms).toHaveAttribute("aria-checked", "true");
  await expect(page.getByText("Now: (•••) •••-0142")).toBeVisible();
  await expectNoAxeViolations(page, "manage: loaded");

  await sms.click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: "Your choices are saved" })).toBeFocused();
  const details = await (await request.get(`/api/v1/subscriptions/${token}`)).json();
  expect(details.channels.sms.opt_in).toBe(false);
  expect(details.channels.email.opt_in).toBe(true);

  await page.getByRole("button", { name: "Stop all notifications" }).click();
  await expect(page.getByRole("heading", { name: "Notifications are stopped" })).toBeFocused();
  expect((await (await request.get(`/api/v1/subscriptions/${token}`)).json()).stopped).toBe(true);
  await expectNoAxeViolations(page, "manage: stopped");
});
