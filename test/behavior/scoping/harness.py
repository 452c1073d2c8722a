# Loopback peer for the scoping programs (Python 2.7 and 3). It lives beside
# each program, outside what pysockfix is asked to check.
import socket as _socket_module


class Peer(object):
    def __init__(self):
        self.listener = _socket_module.socket(_socket_module.AF_INET, _socket_module.SOCK_STREAM)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(1)
        self.addr = self.listener.getsockname()
        self.conn = None

    def accept(self):
        self.conn, _ = self.listener.accept()
        self.conn.settimeout(5)

    def sees_eof(self):
        return self.conn.recv(1) == b""


def refused_address():
    """An address where nothing listens: connect_ex() there leaves a socket unconnected."""
    s = _socket_module.socket(_socket_module.AF_INET, _socket_module.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    addr = s.getsockname()
    s.close()
    return addr
