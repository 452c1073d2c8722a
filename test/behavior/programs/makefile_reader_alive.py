# expect: fix
# original-key: peer=timeout
# fixed-key: peer=EOF
# A makefile() reader keeps the descriptor open after close(): the peer waits.
import signal
import socket

signal.alarm(10)


def peer_state(s):
    s.settimeout(0.7)
    try:
        return "EOF" if s.recv(16) == b"" else "data"
    except socket.timeout:
        return "timeout"


def main():
    listener = socket.create_server(("127.0.0.1", 0))
    client = socket.create_connection(listener.getsockname())
    server_side, _ = listener.accept()
    reader = server_side.makefile("rb")
    server_side.close()  # target
    state = peer_state(client)
    reader.close()
    client.close()
    listener.close()
    print("peer=%s" % state)


main()
