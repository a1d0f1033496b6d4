"""The preview server under hostile clients: slow requests, many streams, hang-ups, odd paths.

The server is the watch's own (its handler serving the default guide's folder), started on
127.0.0.1 without a build: what is tested is what a client can make it hold.
"""

from __future__ import annotations

import http.client
import socket
import threading
import time

import pytest

from generator.authoring import preview_server
from generator.authoring.preview_server import BoundedServer
from generator.authoring.watch import PreviewState, _handler
from generator.cli import main
from tests.conftest import DEFAULT_GUIDE


@pytest.fixture()
def server(monkeypatch):
    monkeypatch.setattr(preview_server, "REQUEST_SECONDS", 0.5)
    state = PreviewState()
    state.publish("<html><body>page</body></html>")
    running = BoundedServer(("127.0.0.1", 0), _handler(DEFAULT_GUIDE.resolve(), state))
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    yield running
    state.close()
    running.shutdown()
    running.server_close()
    thread.join(5)


def _get(server: BoundedServer, path: str) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=5)
    try:
        connection.request("GET", path, headers={"Host": "127.0.0.1"})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def _connect(server: BoundedServer) -> socket.socket:
    return socket.create_connection(("127.0.0.1", server.server_port), timeout=5)


def _wait_until(predicate, seconds: float = 5.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def test_an_encoded_nul_is_a_bad_request_not_a_traceback(server, capfd):
    assert _get(server, "/guide/guide.yaml%00.png")[0] == 400
    assert _get(server, "/templates/%00")[0] == 400
    assert _get(server, "/guide/guide.yaml")[0] == 200  # the server still serves
    assert "Traceback" not in capfd.readouterr().err


def test_slow_clients_are_capped_and_dropped_at_the_deadline(server, capfd):
    before = threading.active_count()
    slow = []
    for _ in range(preview_server.MAX_CONNECTIONS + 40):  # slowloris: a request that never ends
        client = _connect(server)
        client.sendall(b"GET / HTTP/1.0\r\nHost: 127.0.0.1\r\nX-a: ")
        slow.append(client)
    time.sleep(0.2)
    assert threading.active_count() - before <= preview_server.MAX_CONNECTIONS
    for client in slow:  # a byte now and then does not keep a connection past its deadline
        try:
            client.sendall(b"b")
        except OSError:
            pass
    assert _wait_until(lambda: threading.active_count() - before <= 2)
    assert _get(server, "/version")[0] == 200
    for client in slow:
        client.close()
    assert "Traceback" not in capfd.readouterr().err


def test_event_streams_are_capped(server, capfd):
    before = threading.active_count()
    streams = []
    for _ in range(preview_server.MAX_STREAMS):
        client = _connect(server)
        client.sendall(b"GET /events HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        assert client.recv(64).startswith(b"HTTP/1.0 200")
        streams.append(client)
    extra = _connect(server)
    extra.sendall(b"GET /events HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
    assert extra.recv(64).startswith(b"HTTP/1.0 503")
    extra.close()
    assert threading.active_count() - before <= preview_server.MAX_STREAMS + 1
    for client in streams:  # tabs closed: each stream ends and its slot is free again
        client.close()
    assert "Traceback" not in capfd.readouterr().err


def test_clients_that_hang_up_leave_no_trace_in_the_log(server, capfd):
    for _ in range(20):
        client = _connect(server)
        # A font of megabytes, and the client gone before it is sent.
        client.sendall(b"GET /templates/fonts/NotoSansJP-Regular.ttf HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        client.close()  # a reset, not a polite close
    assert _get(server, "/version")[0] == 200
    time.sleep(0.3)
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Error" not in err


def test_a_port_out_of_range_is_a_usage_error(capsys):
    assert main(["watch", str(DEFAULT_GUIDE), "--port", "70000"]) == 2
    err = capsys.readouterr().err
    assert "70000 is not a port number" in err and "Traceback" not in err


@pytest.mark.parametrize("theme", ["/", "/proc/self"])
def test_a_theme_at_the_root_is_refused_before_anything_is_watched(theme, capsys):
    started = time.monotonic()
    assert main(["watch", str(DEFAULT_GUIDE), "--theme", theme, "--port", "0"]) == 1
    assert time.monotonic() - started < 5
    assert "is a system folder, not a theme" in capsys.readouterr().err
