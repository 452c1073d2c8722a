# expect: fix
# original-key: peer=timeout
# fixed-key: peer=EOF
# A @contextmanager generator yields a connected socket to a with statement; a makefile() reader
# keeps its descriptor open after close(), so only a shutdown lets the peer see the end.
import contextlib
import signal
import socket

signal.alarm(10)


def peer_state(s):
    s.settimeout(0.7)
    try:
        return "EOF" if s.recv(16) == b"" else "data"
    except socket.timeout:
        return "timeout"


@contextlib.contextmanager
def connected(addr):
    sock = socket.create_connection(addr)
    yield sock


def main():
    listener = socket.create_server(("127.0.0.1", 0))
    with connected(listener.getsockname()) as conn:
        server_side, _ = listener.accept()
        reader = conn.makefile("rb")
        conn.close()  # target
        state = peer_state(server_side)
        reader.close()
    server_side.close()
    listener.close()
    print("peer=%s" % state)


main()
