#!/usr/bin/env python3
"""Checks our messages and webhooks against the real tools' own rules, not only our tests':

- An email, received by a real SMTP server (aiosmtpd) and read by Python's email parser: it has
  a Message-ID and a Date (mailbox providers' sender guidelines), one-click unsubscribe
  (RFC 8058), and a DKIM signature that dkimpy, the verifier Python mail tools use, accepts
  against the published key (and rejects once the body is changed).
- Texts and calls as the SMS provider receives them: the fields Twilio's API reference makes
  required, a call's TwiML within its 4,000 characters, read in the voter's language's voice,
  with a <Gather> that posts the key back.
- Webhooks signed by Twilio's own RequestValidator (the official `twilio` package) are
  accepted: YES confirms a number, 1 on a call confirms one; unsigned or mis-signed ones are
  refused.

    python3 scripts/provider_check.py            # uses target/debug/ballot-api

Installs dkimpy, aiosmtpd and twilio (pinned) into target/tools/provider-check once.
"""

import base64
import email
import email.policy
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ElementTree
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, "target", "tools", "provider-check")
PACKAGES = ["dkimpy==1.1.8", "aiosmtpd==1.4.6", "twilio==9.13.0"]
BIN = os.path.join(ROOT, "target", "debug", "ballot-api")
FIXTURES = os.path.join(ROOT, "api", "tests", "fixtures")
SID, AUTH_TOKEN, FROM = "AC" + "0" * 32, "provider-check-auth-token", "+19165550100"


def ensure_venv():
    """Runs this script again inside its own virtual environment, installing it once."""
    python = os.path.join(VENV, "bin", "python")
    if sys.prefix == VENV:
        return
    marker = os.path.join(VENV, "installed.txt")
    if not (os.path.exists(marker) and open(marker).read().split() == PACKAGES):
        print("==> Installing " + ", ".join(PACKAGES) + " (once)", flush=True)
        shutil.rmtree(VENV, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([python, "-m", "pip", "install", "--quiet", *PACKAGES], check=True)
        with open(marker, "w") as f:
            f.write("\n".join(PACKAGES))
    os.execv(python, [python, *sys.argv])


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(what, condition, seconds=15.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"{what}: not within {seconds:.0f} s")


class FakeProvider(BaseHTTPRequestHandler):
    """Twilio's REST shape: records each request and answers 201 as Twilio does."""

    received = []

    def log_message(self, *args):
        pass

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode(), keep_blank_values=True)
        auth = base64.b64decode(self.headers.get("Authorization", "Basic ").split()[1]).decode()
        FakeProvider.received.append((self.path, {k: v[0] for k, v in form.items()}, auth))
        body = json.dumps({"sid": "SM" + "1" * 32, "status": "queued"}).encode()
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def post(url, data=None, form=None, headers=None):
    headers = dict(headers or {})
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif data is not None:
        data = json.dumps(data).encode()
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(url, data=data or b"", headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def a_number_in_contact_hours():
    """A number where it is 8 AM-8 PM now, so the confirmation call goes at once."""
    for prefix, zone in [("+44 20 7946 09", "Europe/London"), ("+81 3 1234 56", "Asia/Tokyo"),
                         ("+61 2 9876 54", "Australia/Sydney"), ("+1 916 555 01", "America/Los_Angeles"),
                         ("+52 55 1234 56", "America/Mexico_City"), ("+91 22 1234 56", "Asia/Kolkata")]:
        if 8 <= datetime.now(ZoneInfo(zone)).hour < 20:
            return prefix + "77"
    raise AssertionError("no listed country is in contact hours now (cannot happen)")


def main():
    ensure_venv()
    import dkim
    from aiosmtpd.controller import Controller
    from twilio.request_validator import RequestValidator

    class Sink:
        messages = []

        async def handle_DATA(self, server, session, envelope):
            Sink.messages.append(envelope.content)
            return "250 Message accepted for delivery"

    smtp_port, provider_port, port = free_port(), free_port(), free_port()
    smtp = Controller(Sink(), hostname="127.0.0.1", port=smtp_port)
    smtp.start()
    provider = ThreadingHTTPServer(("127.0.0.1", provider_port), FakeProvider)
    threading.Thread(target=provider.serve_forever, daemon=True).start()
    work = tempfile.mkdtemp(prefix="provider-check-")
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, DATABASE_URL=f"sqlite://{work}/ballot.db", BIND=f"127.0.0.1:{port}",
               DIST_DIR=os.path.join(work, "no-dist"), MESSAGE_CAPTURE_DIR=os.path.join(work, "m"),
               WORKER_INTERVAL_MS="50", RUST_LOG="warn",
               SMTP_URL=f"smtp://127.0.0.1:{smtp_port}", SMTP_FROM="ballots@elections.example",
               DKIM_DOMAIN="elections.example", DKIM_SELECTOR="wmb2026",
               DKIM_PRIVATE_KEY_FILE=os.path.join(FIXTURES, "dkim-test-key.pem"),
               TWILIO_API_BASE=f"http://127.0.0.1:{provider_port}", TWILIO_ACCOUNT_SID=SID,
               TWILIO_AUTH_TOKEN=AUTH_TOKEN, TWILIO_FROM=FROM)
    subprocess.run([BIN, "demo", "--voters", "50", "--out", f"{work}/voters.csv"], env=env,
                   check=True, capture_output=True)
    subprocess.run([BIN, "import-voters", f"{work}/voters.csv"], env=env, check=True,
                   capture_output=True)
    server = subprocess.Popen([BIN, "serve"], env=env)
    checks = []

    def check(text, ok):
        checks.append((text, bool(ok)))
        print(("  ok    " if ok else "  FAIL  ") + text, flush=True)

    try:
        wait_for("the server", lambda: _up(base))
        voice = a_number_in_contact_hours()
        status, body = post(f"{base}/api/v1/signups", {
            "first_name": "Maria", "last_name": "Garcia", "date_of_birth": "01-23-1980",
            "zip": "95814", "language": "es",
            "email": {"opt_in": True, "address": "maria@example.com"},
            "sms": {"opt_in": True, "phone": "(916) 555-0123"},
            "voice": {"opt_in": True, "phone": voice}})
        check(f"sign-up answered 201 ({status})", status == 201)

        print("Email, as a mailbox reads it:")
        raw = wait_for("the confirmation email", lambda: Sink.messages and Sink.messages[0])
        message = email.message_from_bytes(raw, policy=email.policy.default)
        check("Message-ID present, in angle brackets, on the signing domain",
              str(message["Message-ID"]).startswith("<")
              and str(message["Message-ID"]).endswith("@elections.example>"))
        check("Date present and parseable", message["Date"] is not None and message["Date"].datetime)
        check("From names the county office",
              message["From"].addresses[0].display_name == "Sacramento County Elections")
        check("List-Unsubscribe is a one-click https/http link (RFC 8058)",
              str(message["List-Unsubscribe"]).startswith(f"<{base}/api/v1/unsubscribe/")
              and str(message["List-Unsubscribe-Post"]) == "List-Unsubscribe=One-Click")
        plain = message.get_body(preferencelist=("plain",)).get_content()
        check("the plain text is in Spanish and carries its reference",
              "Referencia" in plain or "referencia" in plain)
        public = open(os.path.join(FIXTURES, "dkim-test-key.pub.b64")).read().strip()

        def dns(name, timeout=5):
            if name == b"wmb2026._domainkey.elections.example.":
                return f"v=DKIM1; k=rsa; p={public}".encode()
            return None

        if os.environ.get("PROVIDER_CHECK_KEEP"):
            open(os.path.join(ROOT, "target", "provider-check-email.eml"), "wb").write(raw)
        check("DKIM signature verified by dkimpy against the published key",
              dkim.verify(raw, dnsfunc=dns))
        check("and rejected once the body is changed",
              not dkim.verify(raw.replace(b"Garcia", b"Garc1a", 1) if b"Garcia" in raw
                              else raw + b"x", dnsfunc=dns))

        print("Texts and calls, as the provider receives them:")
        wait_for("the confirmation text and call",
                 lambda: len([r for r in FakeProvider.received if r[0].endswith(".json")]) >= 2)
        texts = [r for r in FakeProvider.received if r[0].endswith("/Messages.json")]
        calls = [r for r in FakeProvider.received if r[0].endswith("/Calls.json")]
        path, text, auth = texts[0]
        check("Messages.json under the account, with Basic auth as SID:token",
              path == f"/2010-04-01/Accounts/{SID}/Messages.json" and auth == f"{SID}:{AUTH_TOKEN}")
        check("a text has To, From and Body, and Body within 1,600 characters",
              text["To"] == "+19165550123" and text["From"] == FROM
              and 0 < len(text["Body"]) <= 1600)
        check("the text asks for YES, names the county and says how to stop",
              "YES" in text["Body"] and "Sacramento" in text["Body"] and "STOP" in text["Body"])
        path, call, _ = calls[0]
        twiml = call.get("Twiml", "")
        check("a call has To, From and Twiml within 4,000 characters",
              call["To"] == voice.replace(" ", "") and call["From"] == FROM
              and 0 < len(twiml) <= 4000)
        root = ElementTree.fromstring(twiml)
        gather = root.find("Gather")
        say = gather.find("Say") if gather is not None else None
        check("the call waits for one key and posts it back",
              gather is not None and gather.get("numDigits") == "1"
              and gather.get("action", "").startswith(f"{base}/api/v1/webhooks/voice/confirmations/"))
        check("and is read in Spanish, with a Spanish voice",
              say is not None and say.get("language") == "es-US" and say.get("voice") == "Polly.Lupe")

        print("Webhooks, signed by Twilio's own RequestValidator:")
        validator = RequestValidator(AUTH_TOKEN)
        url = f"{base}/api/v1/webhooks/sms"
        params = {"From": "+19165550123", "To": FROM, "Body": "YES", "MessageSid": "SM1",
                  "AccountSid": SID}
        status, _ = post(url, form=params)
        check(f"an unsigned YES is refused ({status})", status == 401)
        status, _ = post(url, form=params, headers={"X-Twilio-Signature": "bad"})
        check(f"a mis-signed YES is refused ({status})", status == 401)
        status, reply = post(url, form=params, headers={
            "X-Twilio-Signature": validator.compute_signature(url, params)})
        check(f"a signed YES is accepted and answered with TwiML ({status})",
              status == 200 and "<Response><Message>" in reply and "/status/" in reply)
        action = gather.get("action")
        params = {"CallSid": "CA1", "AccountSid": SID, "From": FROM, "To": call["To"],
                  "Digits": "1"}
        status, reply = post(action, form=params, headers={
            "X-Twilio-Signature": validator.compute_signature(action, params)})
        check(f"a signed key press confirms the number ({status})",
              status == 200 and "Polly.Lupe" in reply)
    finally:
        server.terminate()
        server.wait(timeout=10)
        provider.shutdown()
        smtp.stop()
        shutil.rmtree(work, ignore_errors=True)
    failed = [text for text, ok in checks if not ok]
    print(f"{len(checks) - len(failed)} of {len(checks)} checks passed")
    sys.exit(1 if failed else 0)


def _up(base):
    try:
        with urllib.request.urlopen(f"{base}/healthz", timeout=1):
            return True
    except OSError:
        return False


if __name__ == "__main__":
    main()
