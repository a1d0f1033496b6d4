"""The preview's HTTP server, bounded: what a misbehaving client can hold is limited.

The watch serves one author's browser, which opens a handful of connections; anything
else on this machine that connects (a stuck tab, a script, a port scanner) must not
be able to pile up threads or fill the terminal:

- each connection has :data:`REQUEST_SECONDS` to send its request line and headers, and
  every later read or write waits at most :data:`IDLE_SECONDS` (slowloris: 300 clients
  sending a byte now and then held 300 threads for ever);
- at most :data:`MAX_CONNECTIONS` connections are served at once, and at most
  :data:`MAX_STREAMS` of them may be event streams (900 streams made 900 threads); a
  connection over the cap is closed at once, a stream over it answered 503;
- a client that hangs up or stalls is not an error: nothing is logged (the log held
  hundreds of tracebacks); anything else is one line;
- a request whose path holds an encoded NUL (``%00``) is answered 400.

The stdlib's threading server is kept: one author, a few connections, no dependency.
"""

from __future__ import annotations

import io
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

#: Seconds a client has to send its whole request line and headers.
REQUEST_SECONDS = 10.0
#: Seconds any one read or write may wait for the client.
IDLE_SECONDS = 30.0
#: Connections served at once; a browser opens at most six to one host.
MAX_CONNECTIONS = 64
#: Event streams open at once: one per open preview tab.
MAX_STREAMS = 16


class BoundedServer(ThreadingHTTPServer):
    """A threading HTTP server with a cap on connections and event streams, and a quiet log."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler]) -> None:
        super().__init__(address, handler)
        self.connections = threading.BoundedSemaphore(MAX_CONNECTIONS)
        self.streams = threading.BoundedSemaphore(MAX_STREAMS)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self.connections.acquire(blocking=False):
            self.shutdown_request(request)  # over the cap: closed now, no thread started
            return
        try:
            super().process_request(request, client_address)
        except Exception:
            self.connections.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.connections.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError)):
            return  # the client hung up or stalled: its business, not the author's
        print(f"preview server: {type(error).__name__}: {error}", file=sys.stderr)


class _Deadline:
    """The request's input, which refuses to wait past one deadline for the request line and
    headers (HTTP/1.0: one request per connection, so one deadline per connection)."""

    def __init__(self, stream: io.BufferedIOBase, connection: socket.socket, seconds: float) -> None:
        self.stream, self.connection = stream, connection
        self.deadline = time.monotonic() + seconds

    def readline(self, size: int = -1) -> bytes:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the request took too long to arrive")
        self.connection.settimeout(min(left, IDLE_SECONDS))
        return self.stream.readline(size)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


class BoundedHandler(BaseHTTPRequestHandler):
    """A request handler whose request must arrive within :data:`REQUEST_SECONDS`."""

    timeout = IDLE_SECONDS
    server: BoundedServer

    def setup(self) -> None:
        super().setup()
        # A reader with a deadline, standing in for the socket's file.
        self.rfile = _Deadline(self.rfile, self.connection, REQUEST_SECONDS)  # type: ignore[assignment]

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False
        self.connection.settimeout(IDLE_SECONDS)
        if "\x00" in unquote(urlsplit(self.path).path):
            self.send_error(HTTPStatus.BAD_REQUEST, "a path may not hold a NUL character")
            return False
        return True

    @contextmanager
    def stream_slot(self) -> Iterator[bool]:
        """Whether this connection may become an event stream (one of MAX_STREAMS)."""
        granted = self.server.streams.acquire(blocking=False)
        try:
            yield granted
        finally:
            if granted:
                self.server.streams.release()

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the terminal shows rebuilds, not every request
