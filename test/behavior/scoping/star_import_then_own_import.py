# python: python3
# outcome: fix-safe
# `from ssl import *` may bind any name, and does rebind `socket` to ssl's socket class, whose SHUT_RDWR and
# error do not exist. The fix's own import goes after it, so the names it writes are socket's when talk() runs.
import socket as sk

from harness import Peer
from ssl import *  # noqa: F401,F403


def talk(peer):
    conn = sk.create_connection(peer.addr)
    peer.accept()
    conn.close()


peer = Peer()
talk(peer)
print("OK" if peer.sees_eof() and isinstance(socket, type) else "NO EOF")
