"""Serving a WSGI app (`arbeidsmigratie serve`) so that slow clients cost only a socket.

waitress reads every request (headers and body) in its event loop and hands it to an application
thread only when it is complete: a client that sends its headers or its body slowly holds a
socket, never a thread that computes. Requests are served by `workers` processes that accept from
one listening socket (forked after the app is built), each with `threads` application threads; a
process that dies is replaced. An idle or stalled connection is closed after `STIL` seconds.
"""

import os
import signal
import socket

STIL = 30
VERBINDINGEN = 1000


def _luister(bind: str) -> socket.socket:
    host, _, poort = bind.rpartition(":")
    if not poort.isdigit():
        raise ValueError(f"--bind {bind!r}: expected HOST:PORT")
    return socket.create_server((host.strip("[]") or "127.0.0.1", int(poort)), backlog=2048)


def _kind(app, sok, threads: int, limieten) -> None:
    import waitress

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    try:
        waitress.serve(
            app,
            sockets=[sok],
            threads=threads,
            channel_timeout=STIL,
            connection_limit=VERBINDINGEN,
            max_request_body_size=limieten.max_lichaam,
            asyncore_use_poll=True,
            ident="arbeidsmigratie",
            _quiet=True,
        )
    finally:
        os._exit(0)


def dien(app, bind: str, workers: int, threads: int, limieten) -> None:
    """Serve `app` on `bind` until SIGTERM or Ctrl-C (which end every worker process)."""
    sok = _luister(bind)
    kinderen = set()

    def start():
        pid = os.fork()
        if pid == 0:
            _kind(app, sok, threads, limieten)
        kinderen.add(pid)

    try:
        for _ in range(workers):
            start()
        while kinderen:
            pid, _ = os.wait()
            kinderen.discard(pid)
            start()
    finally:
        for pid in kinderen:
            os.kill(pid, signal.SIGTERM)
        for pid in kinderen:
            os.waitpid(pid, 0)
        sok.close()
