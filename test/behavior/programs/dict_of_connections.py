# expect: fix
# original-key: peer=timeout
# fixed-key: peer=EOF
# Connections kept in a dict and closed from its values, in another method than the one that
# accepted them: a makefile() reader still holds each one, so close() alone sends no FIN.
import signal
import socket

signal.alarm(10)


def peer_state(s):
    s.settimeout(0.7)
    try:
        return "EOF" if s.recv(16) == b"" else "data"
    except socket.timeout:
        return "timeout"


class Hub:
    def __init__(self):
        self._conns = {}
        self.readers = []

    def accept_one(self, listener):
        conn, _ = listener.accept()
        self.readers.append(conn.makefile("rb"))
        self._conns[conn.fileno()] = conn

    def close_all(self):
        for conn in self._conns.values():
            conn.close()  # target
        self._conns.clear()


def main():
    listener = socket.create_server(("127.0.0.1", 0))
    client = socket.create_connection(listener.getsockname())
    hub = Hub()
    hub.accept_one(listener)
    hub.close_all()
    state = peer_state(client)
    for reader in hub.readers:
        reader.close()
    client.close()
    listener.close()
    print("peer=%s" % state)


main()
