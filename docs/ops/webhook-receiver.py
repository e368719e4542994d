#!/usr/bin/env python3
"""A webhook receiver for the operations scripts: records every POST it gets, one line each
(time, Idempotency-Key, reference, whether the signature matched, the status it answered), and
answers 503 to the first attempts of each key (FAIL_FIRST, default 1) or to everything while the
file DOWN_FILE exists, 200 otherwise.

  webhook-receiver.py <port> <secret> <log file> [fail first] [down file]
"""
import hashlib
import hmac
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, secret, log_file = int(sys.argv[1]), sys.argv[2].encode(), sys.argv[3]
fail_first = int(sys.argv[4]) if len(sys.argv) > 4 else 1
down_file = sys.argv[5] if len(sys.argv) > 5 else None
attempts = {}
lock = threading.Lock()


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        key = self.headers.get("Idempotency-Key", "-")
        expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
        signed = hmac.compare_digest(expected, self.headers.get("X-Stepwise-Signature", ""))
        try:
            reference = json.loads(body).get("reference", "-")
        except ValueError:
            reference = "-"
        with lock:
            attempts[key] = attempts.get(key, 0) + 1
            down = down_file is not None and os.path.exists(down_file)
            status = 503 if down or attempts[key] <= fail_first else 200
            with open(log_file, "a") as out:
                out.write(f"{time.time():.3f} {key} {reference} {'signed' if signed else 'UNSIGNED'} {status}\n")
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", port), Receiver).serve_forever()
