# python: python3
# outcome: fix-safe
# The only import of socket is under `if TYPE_CHECKING:`, which never runs.
from typing import TYPE_CHECKING

from harness import Peer

if TYPE_CHECKING:
    import socket


def talk(sock: "socket.socket"):
    sock.close()


def main():
    import socket as real
    peer = Peer()
    s = real.create_connection(peer.addr)
    peer.accept()
    talk(s)
    print("OK" if peer.sees_eof() else "NO EOF")


main()
