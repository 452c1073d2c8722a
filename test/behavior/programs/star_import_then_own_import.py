# expect: fix
# original-key: peer=timeout
# fixed-key: peer=EOF
# Star imports of modules the tool cannot read may bind any name; the fix's own import goes after the last
# of them, so SHUT_RDWR and socket_error are socket's when the function runs. A makefile() reader keeps
# the descriptor open after close(), so only the shutdown ends the connection.
import signal
import socket

from os.path import *  # noqa: F401
try:
    from cPickle import *  # noqa: F401
except ImportError:
    from pickle import *  # noqa: F401
import json

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
    print(json.dumps("peer=%s" % state)[1:-1])


main()
