"""Stand-ins for OPA, only for faults the real OPA cannot be made to produce: a server that accepts
connections but never answers, answers a byte at a time, or answers with a shape OPA never gives.
Everything else in tests/engine runs against the real OPA binary.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

# A fake `opa` executable: `opa run --server --addr HOST:PORT … --set labels.oamlint_run=LABEL …`.
# SILENT accepts connections and never answers; otherwise it answers /v1/config like the real OPA (with the run
# label), takes a PUT (the envelope written into its store) and never answers a query.
FAKE_OPA = """\
#!{python}
import http.server, socket, sys, time
args = sys.argv[1:]
if args[:1] == ["version"]:
    print("Version: 1.22.3"); sys.exit(0)
host, port = args[args.index("--addr") + 1].rsplit(":", 1)
label = next(a.split("=", 1)[1] for a in args if a.startswith("labels.oamlint_run="))
if {silent}:
    server = socket.create_server((host, int(port)))
    held = []
    while True:
        held.append(server.accept()[0])
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ('{{"result": {{"labels": {{"oamlint_run": "%s"}}}}}}' % label).encode()
        self.send_response(200); self.send_header("Content-Length", str(len(body))); self.end_headers()
        self.wfile.write(body)
    def do_POST(self):
        time.sleep(3600)
    def do_PUT(self):  # the envelope written into the store (a split evaluation): taken, then the queries hang
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(204); self.end_headers()
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer((host, int(port)), Handler).serve_forever()
"""


def fake_opa(directory: Path, *, silent: bool) -> str:
    """Write the fake `opa` (see FAKE_OPA) into `directory`; returns its path."""
    directory.mkdir(parents=True, exist_ok=True)
    script = directory / "opa"
    script.write_text(FAKE_OPA.format(python=sys.executable, silent=silent), encoding="utf-8")
    script.chmod(0o755)
    return str(script)


@contextmanager
def silent_server() -> Iterator[str]:
    """A loopback TCP server that accepts every connection and never sends a byte; yields its URL."""
    server = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.05)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}"
    finally:
        stop.set()
        thread.join()
        for connection in held:
            connection.close()
        server.close()


@contextmanager
def answering_server(query_answer: bytes | None, *, trickle: bool = False, findings: bytes | None = None) -> Iterator[str]:
    """A loopback HTTP server: /health answers `{}`; a query gets `query_answer` as the body (JSON or not),
    or, when it is None, no answer at all; with `trickle`, the answer comes one byte every 0.2 s, forever.
    `findings`: the answer to a query of data.oamlint.findings instead, if given."""
    done = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._send(b"{}")

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            if trickle:
                self.send_response(200)
                self.end_headers()
                while not done.wait(0.2):
                    self.wfile.write(b" ")
                    self.wfile.flush()
            elif findings is not None and self.path.startswith("/v1/data/oamlint/findings"):
                self._send(findings)
            elif query_answer is None:
                done.wait()
            else:
                self._send(query_answer)

        def _send(self, body: bytes) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        done.set()
        server.shutdown()
        server.server_close()


def json_bytes(value: object) -> bytes:
    return json.dumps(value).encode()
