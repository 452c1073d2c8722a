# python: python3
# outcome: fix-safe
# A NameError in the fix would be swallowed by `except Exception` and the close would never run.
from harness import Peer


class Client:
    def connect(self, addr):
        import socket
        self._sock = socket.create_connection(addr)

    def close(self):
        try:
            self._sock.close()
        except Exception:
            pass


peer = Peer()
c = Client()
c.connect(peer.addr)
peer.accept()
c.close()
print("OK" if c._sock.fileno() == -1 and peer.sees_eof() else "LEAKED")
