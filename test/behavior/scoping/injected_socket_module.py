# python: python3
# outcome: fix-safe
# An injected socket module (`socket_module=socket`, as pymemcache and gevent users write) still makes sockets.
import socket

from harness import Peer


class Client:
    def __init__(self, server, socket_module=socket):
        self.server = server
        self.socket_module = socket_module
        self.sock = None

    def connect(self):
        s = self.socket_module
        sock = s.socket(s.AF_INET, s.SOCK_STREAM)
        sock.connect(self.server)
        self.sock = sock

    def close(self):
        if self.sock is not None:
            self.sock.close()
            self.sock = None


peer = Peer()
client = Client(peer.addr)
client.connect()
peer.accept()
client.close()
print("OK" if peer.sees_eof() else "NO EOF")
