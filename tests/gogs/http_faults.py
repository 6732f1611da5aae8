"""Loopback HTTP(S) servers that are NOT Gogs, for the faults a real Gogs cannot be made to produce on demand:
a TLS certificate from an unknown CA, answers later than the read timeout, bodies cut mid-way, 429 and 503.

`Fault` servers count the connections they accept and the requests they read, so tests can assert how many
attempts the client made. Every server listens on 127.0.0.1 and stops when its `with` block ends.
"""

from __future__ import annotations

import http.server
import socket
import ssl
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

Handler = http.server.BaseHTTPRequestHandler
USER = b'{"id": 1, "username": "root"}'


@dataclass
class Counts:
    connections: int = 0
    requests: int = 0
    paths: list[str] = field(default_factory=list)


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    counts: Counts

    def get_request(self) -> tuple[Any, Any]:
        self.counts.connections += 1
        return super().get_request()

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # cut connections and failed handshakes are the point of these servers, not news


@contextmanager
def fault_server(answer: Callable[[Handler, int], None], tls: ssl.SSLContext | None = None
                 ) -> Iterator[tuple[str, Counts]]:
    """Serve GETs with `answer(handler, n)` (n = 1 for the first request); yields (base URL, counts)."""
    counts = Counts()

    class RequestHandler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            counts.requests += 1
            counts.paths.append(self.path)
            answer(self, counts.requests)

        def log_message(self, *args: object) -> None:
            pass

    server = _Server(("127.0.0.1", 0), RequestHandler)
    server.counts = counts
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    scheme = "https" if tls else "http"
    try:
        yield f"{scheme}://127.0.0.1:{server.server_address[1]}", counts
    finally:
        server.shutdown()
        server.server_close()


def send(handler: Handler, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


def cut(handler: Handler, body: bytes, how: str) -> None:
    """Start a 200 answer and stop mid-body: `close` (a clean FIN before Content-Length), `reset` (an RST),
    or `chunked` (a chunked body closed before its last chunk)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    if how == "chunked":
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        handler.wfile.write(b"%x\r\n%s\r\n" % (len(body) // 2, body[: len(body) // 2]))
    else:
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body[: len(body) // 2])
    handler.wfile.flush()
    if how == "reset":
        handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.close_connection = True
    handler.connection.close()
