# python: python3
# outcome: fix-safe
# `except E as socket` makes `socket` local to the whole function that closes.
import socket

from harness import Peer


def connect(addr):
    return socket.create_connection(addr)


def talk(peer):
    sock = connect(peer.addr)
    peer.accept()
    try:
        int("x")
    except ValueError as socket:
        pass
    sock.close()


peer = Peer()
talk(peer)
print("OK" if peer.sees_eof() else "NO EOF")
