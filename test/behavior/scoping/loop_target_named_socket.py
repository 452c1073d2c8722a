# python: python3
# outcome: fix-unsafe likely socket
# `for socket in socks:` rebinds `socket` in the function: the fix must not write socket.SHUT_RDWR there.
import socket

from harness import Peer


def close_all(socks):
    for socket in socks:
        socket.close()


peer = Peer()
s = socket.create_connection(peer.addr)
peer.accept()
close_all([s])
print("OK" if peer.sees_eof() else "NO EOF")
