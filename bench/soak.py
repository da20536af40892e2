#!/usr/bin/env python3
"""Soak test: a steady mixed load on loopback for minutes, watching errors, latency, memory,
and that every message the server should send reaches the SMTP sink exactly once.

    python3 bench/soak.py                          # 10 minutes at 50 requests/s (release build)
    python3 bench/soak.py --minutes 1 --debug --strict

Starts `ballot-api serve` (release build; `--debug` for target/debug) on a fresh SQLite database
(`--postgres` for a fresh PostgreSQL one) with a generated voter file of `--voters` rows, its
outbox worker delivering email over SMTP to the local sink (`api/examples/smtp_sink.rs`), and
the rate limits off (every request comes from 127.0.0.1 and identities repeat). Then, for
`--minutes`, it sends `--rate` requests per second on a fixed schedule (open loop: a slow
answer does not slow the schedule, it shows as lag), from `--connections` keep-alive
connections, mixed as:

- 30% sign-ups (POST /api/v1/signups), email opt-in, each for a voter not yet signed up;
- 50% status look-ups (POST /api/v1/status-lookups) of any voter in the file;
- 20% ballot events (POST /api/v1/admin/ballot-events, JSON, the operator's key), one per
  request, for voters who signed up and confirmed their address: mailed, then received, then
  counted. Only while no confirmed voter has a status left to post (the first seconds) do they
  go to voters kept apart who never sign up: those notify nobody.

Each sign-up's confirmation email reaches the sink, which prints its link's token; a separate
connection follows it (POST /api/v1/confirmations/{token}), as the voter would, outside the
schedule.

Only identities that match exactly one voter are sent, so every answer other than 2xx is an
error (no 422 is expected). Each answer is also checked against a model of what should happen:
a first sign-up answers 201 with an email confirmation; a confirmation link answers 200; an
event answers applied 1, duplicates 0, and notifications 1 for a confirmed voter (0 otherwise).
A disagreement is an "anomaly".

The server's RSS (VmRSS) is sampled after a warm-up (`--warmup`, 10 s), every 30 s, and when
the load stops. Then the outbox must drain (GET /api/v1/admin/stats: pending and sending 0,
within `--drain-timeout`), and the messages expected from the model must equal the server's
sent count, the sink's accepted count, and, per recipient and kind, the outbox rows in state
sent (none lost, none twice, none dead).

Prints a table; writes everything to target/bench/soak.json (soak-debug.json with --debug).
`--strict`: exit 1 on any error or anomaly, any message lost, duplicated, dead or undrained,
or RSS growth above `--max-rss-growth-pct` (end of load against the warm-up sample, 75%) or
above `--max-rss-second-half-growth-pct` over the second half of the load (5%: a leak keeps
growing there; SQLite's page caches, which fill in the first minutes, have levelled off).
`BENCH_KEEP=1` keeps the working directory (voter file, database, server log).
"""

import argparse
import collections
import contextlib
import csv
import http.client
import json
import math
import os
import queue
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata

sys.dont_write_bytecode = True  # no bench/__pycache__ from importing run.py
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run as bench  # noqa: E402  (bench/run.py: Server, app_env, demo_file, free_port, ...)

KINDS = ("signup", "lookup", "event")
PATHS = {"signup": "/api/v1/signups", "lookup": "/api/v1/status-lookups",
         "event": "/api/v1/admin/ballot-events"}
# mailed, then received, then counted: each later than the one before, so each is the ballot's
# latest status when it arrives and notifies a signed-up voter.
STATUSES = (("mailed", "2026-10-05T09:00:00-07:00"),
            ("received", "2026-10-20T11:30:00-07:00"),
            ("counted", "2026-11-04T15:00:00-08:00"))
ELECTION = "2026-general"
RSS_EVERY_S = 30
SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v"}


def log(message):
    print(f"soak: {message}", file=sys.stderr, flush=True)


def use_profile(profile):
    bench.PROFILE = profile
    bench.BIN = os.path.join(bench.ROOT, "target", profile, "ballot-api")
    bench.SINK = os.path.join(bench.ROOT, "target", profile, "examples", "smtp_sink")


def build():
    log(f"building the {bench.PROFILE} binary and the SMTP sink (waits if cargo is locked)")
    bench.run(["cargo", "build", "--quiet", "-p", "ballot-api", "--bin", "ballot-api",
               "--example", "smtp_sink"] + (["--release"] if bench.PROFILE == "release" else []),
              cwd=bench.ROOT)


# Voters ------------------------------------------------------------------------------------

def fold(text):
    """A name folded at least as far as the server's name keys (accents, case, spaces,
    hyphens, apostrophes), so that two identities the server might confuse collide here."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return [t for t in re.split(r"[^0-9a-z]+", text) if t]


def identity_key(row):
    last = fold(row["last_name"])
    while len(last) > 1 and last[-1] in SUFFIXES:
        last.pop()
    return ("".join(fold(row["first_name"])), "".join(last), row["date_of_birth"],
            row["residence_zip"][:5])


def soak_voters(path):
    """Voters a sign-up or look-up matches exactly: generated, not cancelled, not confidential,
    and no other row in the file with the same (folded) name, date of birth and ZIP."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    seen = collections.Counter(identity_key(r) for r in rows)
    voters = []
    for n, row in enumerate(rows):
        if n < bench.DEMO_DOCUMENTED or row["status"] == "cancelled" \
                or row["confidential"] == "true" or seen[identity_key(row)] > 1:
            continue
        y, m, d = row["date_of_birth"].split("-")
        voters.append({"voter_id": row["voter_id"],
                       "identity": {"first_name": row["first_name"],
                                    "last_name": row["last_name"],
                                    "date_of_birth": f"{m}-{d}-{y}",
                                    "zip": row["residence_zip"]},
                       "email": f"soak{len(voters)}@example.com"})
    return voters, len(rows)


# The load ----------------------------------------------------------------------------------

class Plan:
    """What to send next, and the model of what the server should answer and send."""

    def __init__(self, voters, rng, mix):
        self.lock = threading.Lock()
        self.voters = voters
        self.rng = rng
        self.mix = mix
        order = list(range(len(voters)))
        rng.shuffle(order)
        # A few voters never sign up: events for them while no signed-up voter is ready.
        apart = min(1000, len(order) // 10)
        self.apart, self.to_sign_up = order[:apart], order[apart:]
        self.next_signup = 0
        self.signed_up = set()
        self.by_email = {voter["email"]: i for i, voter in enumerate(voters)}
        self.confirmed = set()
        self.ready = collections.deque()  # confirmed, a status left, no event in flight
        self.ready_apart = collections.deque(self.apart)
        self.stage = collections.Counter()  # statuses posted per voter
        self.expected = collections.Counter()  # (address, kind) -> messages the model expects
        self.server_said = collections.Counter()  # what the answers report
        self.anomalies = []
        self.anomaly_count = 0
        self.fallbacks = collections.Counter()

    def next_task(self):
        with self.lock:
            kind = self.rng.choices(KINDS, weights=self.mix)[0]
            if kind == "event":
                if self.ready:
                    v, subscribed = self.ready.popleft(), True
                elif self.ready_apart:
                    v, subscribed = self.ready_apart.popleft(), False
                    self.fallbacks["event_for_voter_not_signed_up"] += 1
                else:
                    kind = "lookup"
                    self.fallbacks["lookup_instead_of_event"] += 1
            if kind == "signup":
                v = self.to_sign_up[self.next_signup % len(self.to_sign_up)]
                first = self.next_signup < len(self.to_sign_up)
                self.next_signup += 1
                voter = self.voters[v]
                body = dict(voter["identity"], language="en",
                            email={"opt_in": True, "address": voter["email"]},
                            sms={"opt_in": False, "phone": None},
                            voice={"opt_in": False, "phone": None})
                return {"kind": kind, "voter": v, "first": first, "body": body}
            if kind == "lookup":
                v = self.rng.randrange(len(self.voters))
                return {"kind": kind, "voter": v, "body": self.voters[v]["identity"]}
            voter = self.voters[v]
            status, occurred_at = STATUSES[self.stage[v]]
            body = [{"event_id": f"soak-{voter['voter_id']}-{status}",
                     "voter_id": voter["voter_id"], "election_id": ELECTION,
                     "status": status, "occurred_at": occurred_at}]
            return {"kind": kind, "voter": v, "status": status, "subscribed": subscribed,
                    "body": body}

    def anomaly(self, task, status, text):
        self.anomaly_count += 1
        if len(self.anomalies) < 20:
            self.anomalies.append({"kind": task["kind"],
                                   "voter_id": self.voters[task["voter"]]["voter_id"],
                                   "status": status, "problem": text})

    def answered(self, task, status, data):
        """Updates the model with one answer (2xx only)."""
        try:
            answer = json.loads(data)
        except ValueError:
            answer = None
        with self.lock:
            v = task["voter"]
            if task["kind"] == "signup":
                email = self.voters[v]["email"]
                # A voter already signed up gets 202 and no link (docs/security.md).
                want = 201 if v not in self.signed_up else 202
                if status != want:
                    self.anomaly(task, status, f"sign-up answered {status}, expected {want}")
                try:
                    sent = answer["channels"]["email"]["confirmation_sent"]
                except (TypeError, KeyError):
                    sent = None
                if v in self.confirmed:
                    # Already confirmed there: no confirmation; a note to the address on file,
                    # a few a day at most.
                    if self.expected[(email, "signup_again")] < 3:
                        self.expected[(email, "signup_again")] += 1
                elif sent is True:
                    self.server_said["confirmations"] += 1
                    self.expected[(email, "confirm_destination")] += 1
                elif self.expected[(email, "confirm_destination")] < 3:
                    self.anomaly(task, status, f"email confirmation_sent is {sent!r}")
                self.signed_up.add(v)
            elif task["kind"] == "confirm":
                if v not in self.confirmed:
                    self.confirmed.add(v)
                    if self.stage[v] < len(STATUSES):
                        self.ready.append(v)
            elif task["kind"] == "event":
                want = {"applied": 1, "duplicates": 0,
                        "notifications": 1 if task["subscribed"] else 0}
                got = {k: (answer or {}).get(k) for k in want}
                if got != want:
                    self.anomaly(task, status, f"event answered {got}, expected {want}")
                self.server_said["status_notifications"] += got["notifications"] or 0
                if task["subscribed"]:
                    self.expected[(self.voters[v]["email"], task["status"])] += 1
                self.stage[v] += 1
                if self.stage[v] < len(STATUSES):
                    (self.ready if task["subscribed"] else self.ready_apart).append(v)

    def confirmation_for(self, email):
        """The voter a confirmation email went to, if it is one of ours."""
        with self.lock:
            return self.by_email.get(email)

    def expected_total(self):
        return sum(self.expected.values())


class Load:
    def __init__(self, port, key, plan, rate, seconds, connections):
        self.port, self.key, self.plan = port, key, plan
        self.rate, self.seconds, self.connections = rate, seconds, connections
        self.queue = queue.Queue()
        self.records = []  # (kind, status, latency s, lag s, started at s since t0)
        self.error_samples = []
        self.t0 = None
        self.sent = 0
        self.done = threading.Event()

    def worker(self):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        json_headers = {"Content-Type": "application/json"}
        operator_headers = dict(json_headers, Authorization=f"Bearer {self.key}")
        while True:
            task = self.queue.get()
            if task is None:
                break
            body = json.dumps(task["body"], ensure_ascii=False).encode()
            headers = operator_headers if task["kind"] == "event" else json_headers
            start = time.perf_counter()
            try:
                conn.request("POST", PATHS[task["kind"]], body=body, headers=headers)
                response = conn.getresponse()
                data = response.read()
                status = response.status
            except (OSError, http.client.HTTPException) as error:
                status, data = 0, repr(error).encode()
                conn.close()
            latency = time.perf_counter() - start
            self.records.append((task["kind"], status, latency, start - task["due"],
                                 start - self.t0))
            if 200 <= status < 300:
                self.plan.answered(task, status, data)
            elif len(self.error_samples) < 20:
                self.error_samples.append({
                    "kind": task["kind"], "status": status, "at_s": round(start - self.t0, 3),
                    "request": task["body"], "answer": data[:500].decode(errors="replace")})
        conn.close()

    def run(self):
        threads = [threading.Thread(target=self.worker, daemon=True)
                   for _ in range(self.connections)]
        for t in threads:
            t.start()
        self.t0 = time.perf_counter()
        end = self.t0 + self.seconds
        n = 0
        while True:
            due = self.t0 + n / self.rate
            if due >= end:
                break
            delay = due - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            task = self.plan.next_task()
            task["due"] = due
            self.queue.put(task)
            n += 1
        self.sent = n
        for _ in threads:
            self.queue.put(None)
        for t in threads:
            t.join()
        self.elapsed = time.perf_counter() - self.t0
        self.done.set()


# Watching the server -----------------------------------------------------------------------

def proc_status(pid):
    values = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM", "Threads"):
                values[key] = int(rest.split()[0])
    try:
        values["fds"] = len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        pass
    return values


def admin_stats(port, key):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", "/api/v1/admin/stats", headers={"Authorization": f"Bearer {key}"})
        response = conn.getresponse()
        data = response.read()
        if response.status != 200:
            raise RuntimeError(f"stats answered {response.status}: {data[:300]!r}")
        return json.loads(data)
    finally:
        conn.close()


def sqlite_bytes(db_path):
    """The SQLite database's size on disk, its write-ahead log included."""
    total = 0
    for path in (db_path, db_path + "-wal"):
        with contextlib.suppress(OSError):
            total += os.path.getsize(path)
    return total


def sample(server, key, load, label, db_path):
    try:
        s = proc_status(server.proc.pid)  # a dead server has no VmRSS (or no /proc entry)
    except OSError:
        s = {}
    row = {"label": label, "at_s": round(time.perf_counter() - load.t0, 1),
           "rss_kib": s.get("VmRSS"), "threads": s.get("Threads"), "fds": s.get("fds")}
    if db_path:
        row["db_mb"] = round(sqlite_bytes(db_path) / 1e6, 1)
    with open("/proc/loadavg") as f:  # other work on the machine shows in the latency tail
        row["loadavg_1m"] = float(f.read().split()[0])
    try:
        row["messages"] = admin_stats(server.port, key)["messages"]
    except Exception as error:  # noqa: BLE001 (recorded, not fatal, while sampling)
        row["stats_error"] = str(error)
    db = f", database {row['db_mb']} MB" if db_path else ""
    rss = f"{row['rss_kib'] / 1024:.1f} MB" if row["rss_kib"] else "none (server gone?)"
    log(f"{label} at {row['at_s']:.0f} s: RSS {rss}, "
        f"{row['threads']} threads, {row['fds']} fds{db}, load average {row['loadavg_1m']}, "
        f"outbox {row.get('messages')}")
    return row


def sampler(server, key, load, warmup, samples, db_path):
    """The warm-up sample, then one every RSS_EVERY_S, until the load stops."""
    at = warmup
    while not load.done.wait(max(0.0, load.t0 + at - time.perf_counter())):
        samples.append(sample(server, key, load, "start" if at == warmup else "during",
                              db_path))
        at += RSS_EVERY_S


class Sink:
    """The SMTP sink, its running count read from its standard output, and the confirmation
    links it saw (`confirm <token> <recipient>`) queued for the voters to follow."""

    def __init__(self):
        self.port = bench.free_port()
        self.proc = subprocess.Popen([bench.SINK, f"127.0.0.1:{self.port}"],
                                     stdout=subprocess.PIPE, text=True)
        self.proc.stdout.readline()  # "listening ..."
        self.accepted = 0
        self.confirmations = queue.Queue()
        self.reader = threading.Thread(target=self.read, daemon=True)
        self.reader.start()

    def read(self):
        for line in self.proc.stdout:
            if line.startswith("accepted "):
                self.accepted = int(line.split()[1])
            elif line.startswith("confirm "):
                _, token, recipient = (line.split() + [""])[:3]
                self.confirmations.put((token, recipient))

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait()
        self.reader.join(timeout=5)


def follow_confirmations(port, sink, plan, load, stop):
    """Each voter follows the link in their confirmation email, on a connection of its own."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while not stop.is_set():
        try:
            token, recipient = sink.confirmations.get(timeout=0.1)
        except queue.Empty:
            continue
        v = plan.confirmation_for(recipient)
        if v is None:
            continue
        start = time.perf_counter()
        try:
            conn.request("POST", f"/api/v1/confirmations/{token}")
            response = conn.getresponse()
            data = response.read()
            status = response.status
        except (OSError, http.client.HTTPException) as error:
            status, data = 0, repr(error).encode()
            conn.close()
        task = {"kind": "confirm", "voter": v, "body": {"token": token}}
        load.records.append(("confirm", status, time.perf_counter() - start, 0.0,
                             start - (load.t0 or start)))
        if 200 <= status < 300:
            plan.answered(task, status, data)
        elif len(load.error_samples) < 20:
            load.error_samples.append({"kind": "confirm", "status": status,
                                       "answer": data[:500].decode(errors="replace")})
    conn.close()



def sent_by_recipient(database_url, db_path):
    query = ("SELECT recipient, kind, COUNT(*), MAX(attempts) FROM outbox_message "
             "WHERE state = 'sent' GROUP BY recipient, kind")
    if db_path:
        con = sqlite3.connect(db_path, timeout=30)
        rows = con.execute(query).fetchall()
        con.close()
    else:
        out = subprocess.run(["psql", "-At", "-F", "\t", database_url, "-c", query],
                             check=True, capture_output=True, text=True).stdout
        rows = [line.split("\t") for line in out.splitlines() if line]
    return {(r[0], r[1]): (int(r[2]), int(r[3])) for r in rows}


def server_log_summary(path):
    levels = collections.Counter()
    samples = []
    plain = re.compile(r"\x1b\[[0-9;]*m")
    with open(path, errors="replace") as f:
        for line in f:
            line = plain.sub("", line)
            m = re.search(r"\b(ERROR|WARN)\b", line)
            if m:
                levels[m.group(1)] += 1
                if len(samples) < 10:
                    samples.append(line.strip()[:400])
    return {"error_lines": levels["ERROR"], "warn_lines": levels["WARN"], "samples": samples}


# Figures -----------------------------------------------------------------------------------

def percentile(sorted_values, p):
    if not sorted_values:
        return None
    # Nearest rank: the smallest value with at least p% of the values at or below it.
    k = max(0, min(len(sorted_values) - 1, math.ceil(p / 100 * len(sorted_values)) - 1))
    return sorted_values[k]


def latency_figures(records):
    lat = sorted(r[2] * 1000 for r in records)
    lag = sorted(r[3] * 1000 for r in records)
    errors = sum(1 for r in records if not 200 <= r[1] < 300)
    statuses = collections.Counter(str(r[1]) for r in records)
    return {"requests": len(records), "errors": errors, "statuses": dict(statuses),
            "p50_ms": percentile(lat, 50), "p90_ms": percentile(lat, 90),
            "p99_ms": percentile(lat, 99), "max_ms": lat[-1] if lat else None,
            "lag_p99_ms": percentile(lag, 99), "lag_max_ms": lag[-1] if lag else None}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=10, help="how long the load runs")
    parser.add_argument("--rate", type=float, default=50, help="requests per second, in all")
    parser.add_argument("--mix", default="30,50,20",
                        help="weights of sign-ups, look-ups, events (default 30,50,20)")
    parser.add_argument("--voters", type=int, default=20_000, help="rows in the voter file")
    parser.add_argument("--connections", type=int, default=16,
                        help="keep-alive connections (threads) sending the load")
    parser.add_argument("--warmup", type=float, default=10,
                        help="seconds of load before the first RSS sample")
    parser.add_argument("--drain-timeout", type=float, default=60,
                        help="seconds to wait for the outbox to drain after the load")
    parser.add_argument("--max-rss-growth-pct", type=float, default=75,
                        help="end of load against the warm-up sample; SQLite's page caches "
                             "(8 connections x 2 MB) fill during the first minutes")
    parser.add_argument("--max-rss-second-half-growth-pct", type=float, default=5,
                        help="end of load against the sample nearest its middle: a leak keeps "
                             "growing there, a bounded cache has levelled off")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--postgres", action="store_true",
                        help="PostgreSQL (scripts/postgres.sh) instead of SQLite")
    parser.add_argument("--debug", action="store_true",
                        help="use the debug build (checks the soak test; figures mean little)")
    parser.add_argument("--no-build", action="store_true", help="use the binaries as they are")
    parser.add_argument("--strict", action="store_true",
                        help="exit 1 on errors, lost or duplicated messages, or RSS growth")
    parser.add_argument("--out", help="where to write the JSON (default target/bench/soak.json)")
    args = parser.parse_args()
    mix = [float(w) for w in args.mix.split(",")]
    if len(mix) != 3 or min(mix) < 0 or sum(mix) <= 0:
        parser.error("--mix needs three weights: sign-ups, look-ups, events")
    seconds = args.minutes * 60
    if args.warmup >= seconds:
        parser.error("--warmup must be shorter than the load")
    wall_start = time.perf_counter()

    use_profile("debug" if args.debug else "release")
    if not args.no_build:
        build()
    os.makedirs(bench.OUT, exist_ok=True)
    out_path = args.out or os.path.join(
        bench.OUT, "soak.json" if bench.PROFILE == "release" else "soak-debug.json")

    keep = bool(os.environ.get("BENCH_KEEP"))
    with (contextlib.nullcontext(tempfile.mkdtemp(prefix="ballot-soak-")) if keep
          else tempfile.TemporaryDirectory(prefix="ballot-soak-")) as work:
        log(f"working in {work}")
        if args.postgres:
            database_url, db_path = bench.postgres_database(), None
        else:
            db_path = os.path.join(work, "soak.db")
            database_url = f"sqlite://{db_path}"
        try:
            result = soak(args, work, database_url, db_path, mix, seconds)
        finally:
            if args.postgres:
                bench.drop_postgres_database(database_url)
    result["wall_s"] = round(time.perf_counter() - wall_start, 1)
    with open(out_path, "w") as f:
        json.dump(result, f, indent=2)
    print()
    report(result)
    print(f"\nAll figures: {os.path.relpath(out_path, bench.ROOT)} "
          f"(whole run {result['wall_s']:.0f} s)")
    for problem in result["problems"]:
        print(f"error: {problem}")
    if args.strict and result["problems"]:
        sys.exit(1)


def soak(args, work, database_url, db_path, mix, seconds):
    env = bench.app_env(database_url)
    csv_path = os.path.join(work, "voters.csv")
    bench.demo_file(csv_path, args.voters)
    bench.run([bench.BIN, "import-voters", csv_path], env=env, stdout=subprocess.DEVNULL,
              stderr=subprocess.DEVNULL)
    voters, rows = soak_voters(csv_path)
    log(f"{rows} voters imported; {len(voters)} match exactly one voter and are used")
    key = subprocess.run([bench.BIN, "create-api-key", "--statewide", "--label", "soak"],
                         env=env, check=True, capture_output=True, text=True).stdout.strip()

    sink = Sink()
    server_log = os.path.join(work, "server.log")
    # Email goes over SMTP to the sink; the worker runs in the server (RUN_WORKER default) at
    # its default interval. app_env has turned the rate limits off.
    server = bench.Server(dict(env, SMTP_URL=f"smtp://127.0.0.1:{sink.port}",
                               SMTP_FROM="ballots@elections.example"), server_log)
    plan = Plan(voters, random.Random(args.seed), mix)
    load = Load(server.port, key, plan, args.rate, seconds, args.connections)
    samples = []
    drain = {}
    try:
        log(f"{args.minutes:g} min at {args.rate:g} requests/s "
            f"(sign-ups:look-ups:events {args.mix}), {args.connections} connections, "
            f"{bench.PROFILE} build, {'PostgreSQL' if db_path is None else 'SQLite'}")
        stop_confirming = threading.Event()
        confirmer = threading.Thread(target=follow_confirmations,
                                     args=(server.port, sink, plan, load, stop_confirming),
                                     daemon=True)
        confirmer.start()
        load_thread = threading.Thread(target=load.run)
        load_thread.start()
        while load.t0 is None:
            time.sleep(0.01)
        watch = threading.Thread(target=sampler, args=(server, key, load, args.warmup, samples,
                                                     db_path))
        watch.start()
        load_thread.join()
        watch.join()
        stop_confirming.set()
        confirmer.join()
        samples.append(sample(server, key, load, "end", db_path))
        log(f"load done: {len(load.records)} requests in {load.elapsed:.1f} s; draining the outbox")
        drain_start = time.perf_counter()
        stats = {"messages": {}}
        while time.perf_counter() - drain_start < args.drain_timeout:
            try:
                stats = admin_stats(server.port, key)
            except (OSError, RuntimeError, ValueError) as error:
                drain["stats_error"] = str(error)
                if server.proc.poll() is not None:
                    break
            else:
                m = stats["messages"]
                if m.get("pending", 0) == 0 and m.get("sending", 0) == 0:
                    break
            time.sleep(0.25)
        drain["seconds"] = round(time.perf_counter() - drain_start, 2)
        time.sleep(0.6)  # the sink prints its count every 200 ms
        drain["sink_accepted"] = sink.accepted
        drain["stats"] = stats
        samples.append(sample(server, key, load, "drained", db_path))
        try:
            hwm = proc_status(server.proc.pid).get("VmHWM")
        except OSError:
            hwm = None
        drain["server_exit"] = server.proc.poll()
    finally:
        server.stop()
        sink.stop()
    drain["sink_accepted_at_exit"] = sink.accepted
    by_recipient = sent_by_recipient(database_url, db_path)
    return figures(args, load, plan, samples, hwm, drain, by_recipient, rows, len(voters),
                   server_log_summary(server_log), seconds)


def figures(args, load, plan, samples, hwm, drain, by_recipient, rows, used, server_log,
            seconds):
    result = {"date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
              "machine": {"cpus": os.cpu_count(), "uname": " ".join(os.uname())},
              "profile": bench.PROFILE,
              "database": "postgres" if args.postgres else "sqlite",
              "settings": {"minutes": args.minutes, "rate": args.rate, "mix": args.mix,
                           "connections": args.connections, "voters_in_file": rows,
                           "voters_used": used, "warmup_s": args.warmup, "seed": args.seed},
              "duration_s": round(load.elapsed, 2),
              "scheduled": load.sent}
    result["achieved_rate"] = round(len(load.records) / load.elapsed, 2)
    result["by_kind"] = {k: latency_figures([r for r in load.records if r[0] == k])
                         for k in KINDS + ("confirm",)}
    result["all"] = latency_figures(load.records)
    # Every RSS_EVERY_S of the load: does latency drift, or spike at one moment?
    windows = collections.defaultdict(list)
    for r in load.records:
        windows[int(r[4] // RSS_EVERY_S)].append(r)
    result["windows"] = []
    for n in sorted(windows):
        x = latency_figures(windows[n])
        result["windows"].append({"from_s": n * RSS_EVERY_S, "requests": x["requests"],
                                  "errors": x["errors"], "p50_ms": x["p50_ms"],
                                  "p99_ms": x["p99_ms"], "max_ms": x["max_ms"],
                                  "lag_max_ms": x["lag_max_ms"]})
    result["error_samples"] = load.error_samples
    result["anomalies"] = plan.anomaly_count
    result["anomaly_samples"] = plan.anomalies
    result["fallbacks"] = dict(plan.fallbacks)
    result["signed_up_voters"] = len(plan.signed_up)

    stats = drain["stats"]["messages"]
    expected = plan.expected_total()
    confirmations = sum(n for (_, kind), n in plan.expected.items()
                        if kind in ("confirm_destination", "signup_again"))
    # Per recipient and kind: the model against the outbox rows in state sent.
    keys = set(plan.expected) | set(by_recipient)
    missing = sum(max(0, plan.expected[k] - by_recipient.get(k, (0, 0))[0]) for k in keys)
    extra = sum(max(0, by_recipient.get(k, (0, 0))[0] - plan.expected[k]) for k in keys)
    retried = sum(1 for n, attempts in by_recipient.values() if attempts > 1)
    result["messages"] = {
        "expected": expected, "expected_confirmations": confirmations,
        "expected_status_updates": expected - confirmations,
        "answers_reported": dict(plan.server_said),
        "server_sent": stats.get("sent", 0), "server_pending": stats.get("pending", 0),
        "server_sending": stats.get("sending", 0), "server_dead": stats.get("dead", 0),
        "sink_accepted": drain["sink_accepted"],
        "sink_accepted_at_exit": drain["sink_accepted_at_exit"],
        "per_recipient_missing": missing, "per_recipient_extra": extra,
        "recipient_kinds_retried": retried, "drain_s": drain["seconds"]}

    rss = [s["rss_kib"] for s in samples if s.get("rss_kib")]
    start = next((s["rss_kib"] for s in samples if s["label"] in ("start", "end")), None)
    end = next((s["rss_kib"] for s in samples if s["label"] == "end"), None)
    died = not (start and end and hwm)
    if died:  # the server died: figures of nothing (its exit is a problem below)
        start = end = hwm = 1
        rss = rss or [1]
    # Growth over the second half of the load too: a leak keeps growing there, while caches
    # that fill up to a bound (SQLite's page cache per connection) have levelled off.
    middle = min((s for s in samples if s["label"] in ("start", "during") and s["rss_kib"]),
                 key=lambda s: abs(s["at_s"] - seconds / 2), default={"at_s": 0})
    middle_kib = start if died else middle.get("rss_kib") or start
    result["server_exit_code"] = drain["server_exit"]
    result["drain_stats_error"] = drain.get("stats_error")
    result["rss"] = {"start_kib": start, "end_kib": end,
                     "max_sampled_kib": max(rss), "peak_hwm_kib": hwm,
                     "growth_pct": round((end - start) / start * 100, 2),
                     "max_growth_pct": args.max_rss_growth_pct,
                     "middle_at_s": middle["at_s"], "middle_kib": middle_kib,
                     "second_half_growth_pct": round((end - middle_kib) / middle_kib * 100, 2)}
    result["samples"] = samples
    result["server_log"] = server_log

    problems = []
    a = result["all"]
    if a["errors"]:
        problems.append(f"{a['errors']} of {a['requests']} requests failed "
                        f"(statuses {a['statuses']}); see error_samples")
    if plan.anomaly_count:
        problems.append(f"{plan.anomaly_count} answers disagreed with the model; "
                        "see anomaly_samples")
    m = result["messages"]
    if m["server_pending"] or m["server_sending"]:
        problems.append(f"outbox not drained after {args.drain_timeout:g} s: "
                        f"{m['server_pending']} pending, {m['server_sending']} sending")
    if m["server_dead"]:
        problems.append(f"{m['server_dead']} messages dead")
    if m["server_sent"] != expected:
        problems.append(f"server sent {m['server_sent']} messages, expected {expected}")
    if m["sink_accepted"] != expected or m["sink_accepted_at_exit"] != expected:
        problems.append(f"the SMTP sink accepted {m['sink_accepted']} "
                        f"({m['sink_accepted_at_exit']} at exit), expected {expected}")
    if missing or extra:
        problems.append(f"per recipient and kind: {missing} messages missing, {extra} extra")
    if drain["server_exit"] is not None:
        problems.append(f"the server exited ({drain['server_exit']}) before the end; "
                        "see its log (BENCH_KEEP=1)")
    if a["requests"] == 0:
        problems.append("no requests were answered")
    if result["rss"]["growth_pct"] > args.max_rss_growth_pct:
        problems.append(f"RSS grew {result['rss']['growth_pct']:.1f}% "
                        f"(> {args.max_rss_growth_pct:g}%)")
    if result["rss"]["second_half_growth_pct"] > args.max_rss_second_half_growth_pct:
        problems.append(f"RSS grew {result['rss']['second_half_growth_pct']:.1f}% over the second "
                        f"half of the load (> {args.max_rss_second_half_growth_pct:g}%): a leak?")
    result["problems"] = problems
    warnings = []
    if result["achieved_rate"] < 0.95 * args.rate:
        warnings.append(f"achieved {result['achieved_rate']:.1f} requests/s "
                        f"of {args.rate:g} (the server or this client fell behind)")
    if server_log["error_lines"]:
        warnings.append(f"server log has {server_log['error_lines']} ERROR lines")
    result["warnings"] = warnings
    return result


def report(r):
    s = r["settings"]
    print(f"Soak: {r['duration_s']:.0f} s at {s['rate']:g} requests/s scheduled "
          f"({r['achieved_rate']:.1f} achieved), {r['profile']} build, {r['database']}, "
          f"{s['voters_in_file']:,} voters, {s['connections']} connections")
    header = ("Kind", "Requests", "Errors", "p50 ms", "p90 ms", "p99 ms", "max ms", "lag p99 ms")
    rows = []
    for name, x in [("sign-ups", r["by_kind"]["signup"]), ("look-ups", r["by_kind"]["lookup"]),
                    ("events", r["by_kind"]["event"]), ("all", r["all"])]:
        f = (lambda v: "-" if v is None else f"{v:.1f}")
        rows.append((name, f"{x['requests']:,}", str(x["errors"]), f(x["p50_ms"]),
                     f(x["p90_ms"]), f(x["p99_ms"]), f(x["max_ms"]), f(x["lag_p99_ms"])))
    widths = [max(len(row[i]) for row in rows + [header]) for i in range(len(header))]
    for row in [header] + rows:
        print("  ".join(c.rjust(w) if i else c.ljust(w)
                        for i, (c, w) in enumerate(zip(row, widths))))
    w = r["windows"]
    if w:
        f = (lambda v: "-" if v is None else f"{v:.1f}")
        best, worst = min(w, key=lambda x: x["p99_ms"]), max(w, key=lambda x: x["p99_ms"])
        print(f"p99 per {RSS_EVERY_S} s window: {f(best['p99_ms'])} ms (from {best['from_s']} s) to "
              f"{f(worst['p99_ms'])} ms (from {worst['from_s']} s); first {f(w[0]['p99_ms'])} ms, "
              f"last {f(w[-1]['p99_ms'])} ms")
    m = r["messages"]
    print(f"Messages: expected {m['expected']:,} ({m['expected_confirmations']:,} confirmations "
          f"+ {m['expected_status_updates']:,} status updates); server sent {m['server_sent']:,}, "
          f"pending {m['server_pending']}, sending {m['server_sending']}, dead {m['server_dead']}; "
          f"SMTP sink accepted {m['sink_accepted']:,}; per recipient: {m['per_recipient_missing']} "
          f"missing, {m['per_recipient_extra']} extra; drained {m['drain_s']:.1f} s after the load")
    x = r["rss"]
    print(f"Server RSS: start {x['start_kib'] / 1024:.1f} MB (after {s['warmup_s']:g} s), "
          f"end {x['end_kib'] / 1024:.1f} MB, max sampled {x['max_sampled_kib'] / 1024:.1f} MB, "
          f"peak (VmHWM) {x['peak_hwm_kib'] / 1024:.1f} MB; growth {x['growth_pct']:+.1f}% "
          f"(limit {x['max_growth_pct']:g}%); {x['second_half_growth_pct']:+.1f}% from "
          f"{x['middle_at_s']:.0f} s to the end")
    print(f"Answers checked against the model: {r['anomalies']} anomalies; server log: "
          f"{r['server_log']['error_lines']} ERROR, {r['server_log']['warn_lines']} WARN lines")
    for w in r["warnings"]:
        print(f"warning: {w}")


if __name__ == "__main__":
    main()
