# python: python3
# outcome: fix-safe
# The only import of socket is under `if __name__ == "__main__":`; a module that imports this one never runs it.
from harness import Peer


def end(sock: "socket.socket"):
    sock.close()


if __name__ == "__main__":
    import socket
    peer = Peer()
    s = socket.create_connection(peer.addr)
    peer.accept()
    end(s)
    print("OK" if peer.sees_eof() else "NO EOF")
