# python: python3
# outcome: fix-safe
# except: OSError
# An f-string: only Python 3 parses this file, so the guard is the plain `except OSError:`.
import socket

from harness import Peer


def talk(peer):
    conn = socket.create_connection(peer.addr)
    peer.accept()
    label = f"{peer.addr[0]}"
    assert label
    conn.close()


peer = Peer()
talk(peer)
print("OK" if peer.sees_eof() else "NO EOF")
