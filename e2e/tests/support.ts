import { expect, type APIRequestContext } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";

// What the journeys share: the operator's key, voters of their own, events, and the captured
// messages a newcomer reads at /messages (the server runs with MESSAGE_VIEWER, start-server.sh).

export const apiKey = () => readFileSync(join(__dirname, "..", ".api-key"), "utf8").trim();

export type Voter = { id: string; first: string; last: string; dob: string; zip: string; office: string };

/** A voter of our own, so runs and projects never share a timeline or a sign-up. */
export async function newVoter(
  request: APIRequestContext,
  tag: string,
  place: { zip: string; county: string } = { zip: "95814", county: "Sacramento" },
): Promise<Voter> {
  const id = `L${Date.now()}${Math.floor(Math.random() * 1e6)}`.slice(0, 20);
  // Letters for the digits: a name has no digits, and each voter's must be its own.
  const last = `Tester${tag}${id.slice(-8).replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)])}`;
  const voter = { id, first: "Lan", last, dob: "04-05-1977", zip: place.zip, office: `${place.county} County Elections` };
  const response = await request.post("/api/v1/admin/voters", {
    headers: { authorization: `Bearer ${apiKey()}` },
    data: [
      {
        voter_id: voter.id, first_name: voter.first, last_name: voter.last, date_of_birth: "1977-04-05",
        residence_zip: voter.zip, county: place.county, status: "active",
      },
    ],
  });
  expect(response.status(), await response.text()).toBe(200);
  return voter;
}

/** A mailbox nobody else in this run uses, so its messages are this test's own. */
export function uniqueEmail(tag: string) {
  return `${tag}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.com`;
}

/** The captured messages to `destination`, newest first, as /messages lists them (text). */
export async function messagesTo(request: APIRequestContext, destination: string): Promise<string[]> {
  const html = await (await request.get("/messages")).text();
  return html
    .split("<article>")
    .slice(1)
    .filter((article) => article.includes(` to ${destination}</h2>`))
    .map((article) =>
      article
        .replace(/<[^>]+>/g, " ")
        // The page's template escapes as numeric references (&#38;, &#39;); named ones too.
        .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&"),
    );
}

/** The first 32-hex token after `marker` in the newest message to `destination` that has one. */
export async function tokenIn(request: APIRequestContext, destination: string, marker: string): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(async () => {
      for (const text of await messagesTo(request, destination)) {
        const match = text.match(new RegExp(`${marker}([0-9a-f]{32})`));
        if (match) {
          found = match[1];
          return true;
        }
      }
      return false;
    }, { message: `a ${marker} link to ${destination}`, timeout: 10_000 })
    .toBe(true);
  return found!;
}

/** Confirms an address the way its owner would: the link in the captured confirmation. */
export async function confirmAddress(request: APIRequestContext, address: string) {
  const token = await tokenIn(request, address, "/confirm/");
  const response = await request.post(`/api/v1/confirmations/${token}`);
  expect(response.status(), await response.text()).toBe(200);
}

/** Answers a captured confirmation text with YES, as the phone would. */
export async function replyYes(request: APIRequestContext, phone: string) {
  const response = await request.post("/messages", { form: { from: phone, text: "YES" }, maxRedirects: 0 });
  expect(response.status()).toBe(303);
}

let clock = Date.parse("2026-10-12T17:00:00Z");

/** Each event a minute after the last, so the newest is the voter's current status. */
export async function postEvent(request: APIRequestContext, voterId: string, status: string, detail?: object) {
  clock += 60_000;
  const response = await request.post("/api/v1/admin/ballot-events", {
    headers: { authorization: `Bearer ${apiKey()}` },
    data: [
      {
        event_id: `${voterId}-${clock}-${Math.random()}`,
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

/** The county lists the host of the cure-form links the journeys use. */
export async function allowCureHost(request: APIRequestContext, county: string) {
  const response = await request.put(`/api/v1/admin/counties/${encodeURIComponent(county)}`, {
    headers: { authorization: `Bearer ${apiKey()}` },
    data: { cure_url_hosts: ["elections.example"] },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** The single-line messages of one Fluent file of a language (`locales/<code>/<file>.ftl`), by id. */
export function messages(code: string, file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(join(__dirname, "..", "..", "locales", code, `${file}.ftl`), "utf8").split("\n")) {
    const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
    if (m) out[m[1]] = m[2];
  }
  return out;
}
