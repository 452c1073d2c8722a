# python: python3
# outcome: fix-safe
# CPython's webbrowser.py shape: `import socket` local to one method, the close in a sibling.
from harness import Peer


class Remote:
    def _connect(self, addr):
        import socket
        self._sock = socket.create_connection(addr)

    def _close(self):
        self._sock.close()


peer = Peer()
r = Remote()
r._connect(peer.addr)
peer.accept()
r._close()
print("OK" if peer.sees_eof() else "NO EOF")
