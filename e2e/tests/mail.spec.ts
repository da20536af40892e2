import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./app";
import { expectNoAxeViolations } from "./axe";
import { apiKey, confirmAddress, messagesTo, newVoter, type Voter } from "./support";

// The ballot in the mail (issue 15): the county's envelopes, then a generated IV-MTR feed of
// the Postal Service's scans (several per envelope, pushed over three days, one envelope
// turned back), through to the status page and the voter's messages.

const election = "2026-11-03-general";
const auth = () => ({ authorization: `Bearer ${apiKey()}` });

/** A tracking code of Sacramento's Mailer ID no other run or project uses (9 random digits). */
function trackingCode(): string {
  const serial = String(Math.floor(Math.random() * 1e9)).padStart(9, "0");
  return `00700567094${serial}`;
}

async function signUpByEmail(request: APIRequestContext, voter: Voter): Promise<{ token: string; email: string }> {
  const email = `mail.${voter.id}@example.com`;
  const response = await request.post("/api/v1/signups", {
    data: {
      first_name: voter.first, last_name: voter.last, date_of_birth: voter.dob, zip: voter.zip, language: "en",
      email: { opt_in: true, address: email }, sms: { opt_in: false, phone: null }, voice: { opt_in: false, phone: null },
    },
  });
  expect(response.status()).toBe(201);
  await confirmAddress(request, email);
  return { token: (await response.json()).subscription.status_token, email };
}

function scan(imb: string, at: string, code: string, phase: string, city: string, zip: string) {
  return {
    imb, scanDatetime: at, scanEventCode: code, handlingEventType: "A", mailPhase: phase,
    scanFacilityName: `${city} CA P&DC`, scanFacilityCity: city, scanFacilityState: "CA", scanFacilityZip: zip,
  };
}

async function push(request: APIRequestContext, events: object[]) {
  const response = await request.post("/api/v1/admin/mail-scans", { headers: auth(), data: { msgGrpId: 1, events } });
  expect(response.status(), await response.text()).toBe(200);
  return response.json();
}

test("the Postal Service's scans reach the status page with their evidence, and the voter hears once per change", async ({ page, request }) => {
  const settings = await request.put("/api/v1/admin/counties/Sacramento", { headers: auth(), data: { mailer_ids: ["567094"] } });
  expect(settings.status(), await settings.text()).toBe(200);
  const voter = await newVoter(request, "mail");
  const turnedBack = await newVoter(request, "back");
  const { token, email } = await signUpByEmail(request, voter);
  const back = await signUpByEmail(request, turnedBack);
  const ballot = trackingCode();
  // The same serial but its last digit: never the ballot's own code.
  const other = ballot.replace(/.$/, (d) => String((Number(d) + 5) % 10));
  const pieces = await request.post("/api/v1/admin/mail-pieces", {
    headers: { ...auth(), "content-type": "text/csv" },
    data: `voter_id,election_id,direction,imb\n${voter.id},${election},outbound,${ballot}95814\n${turnedBack.id},${election},outbound,${other}95814\n`,
  });
  expect(pieces.status(), await pieces.text()).toBe(200);

  await page.goto(`/status/${token}`);
  await expect(page.getByText(/has not mailed your ballot yet/)).toBeVisible();

  // Day 1: taken in and sorted at the origin plant; the other envelope too.
  const day1 = await push(request, [
    scan(ballot, "2026-10-06T21:14:09", "044", "Phase 1 - Origin Processing", "SACRAMENTO", "95813"),
    scan(ballot, "2026-10-06T23:40:00", "271", "Phase 1 - Origin Processing", "SACRAMENTO", "95813"),
    scan(other, "2026-10-06T21:20:00", "044", "Phase 1 - Origin Processing", "SACRAMENTO", "95813"),
  ]);
  expect(day1.statuses).toBe(2);
  const events = page.locator("ul.events > li");
  await expect(events.first()).toContainText("handed to the postal service", { timeout: 4_000 });
  await expect(events.first()).toContainText("Postal service scan in Sacramento, CA on October 6, 2026.");
  await expect(page.locator(".postal")).toHaveText("Last postal service scan: Sacramento, CA, October 6, 2026.");
  await expectNoAxeViolations(page, "status: in the mail, with its scan");

  // Day 2: the destination plant; the other envelope turned back by PARS.
  await push(request, [
    scan(ballot, "2026-10-07T22:05:00", "919", "Phase 3c - Destination Sequenced Carrier Sortation", "WEST SACRAMENTO", "95799"),
    scan(other, "2026-10-07T10:00:00", "895", "PARS", "SACRAMENTO", "95813"),
  ]);
  await expect(events.first()).toContainText("expects to deliver your ballot around October 8, 2026", { timeout: 4_000 });
  await expect(events.first()).toContainText("West Sacramento, CA");

  // Day 3: the carrier's route, then delivered.
  await push(request, [
    scan(ballot, "2026-10-08T07:10:00", "919", "Phase 4b - Delivery Unit", "SACRAMENTO", "95814"),
    scan(ballot, "2026-10-08T14:02:00", "918", "Phase 4c - Delivery", "SACRAMENTO", "95814"),
  ]);
  await expect(events.first()).toContainText("The postal service delivered your ballot on October 8, 2026.", { timeout: 4_000 });
  await expect(page.getByRole("status").filter({ hasText: "updated" })).toContainText("Delivered to you");
  await expectNoAxeViolations(page, "status: delivered");

  // Three messages for five scans: in the mail, on its way, delivered.
  await expect
    .poll(async () => (await messagesTo(request, email)).filter((m) => /postal service/.test(m)).length, { timeout: 10_000 })
    .toBe(3);
  await expect
    .poll(async () => (await messagesTo(request, back.email)).some((m) => m.includes("returned to Sacramento County Elections as undeliverable")), { timeout: 10_000 })
    .toBe(true);
});
