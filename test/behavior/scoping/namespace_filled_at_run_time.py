# python: python3
# outcome: fix-safe
# gevent's and eventlet's socket modules fill their namespace with globals()[name] = ...;
# `socket` there is a class, so an added `import socket` would be rebound. Here the names
# written are the loop's string literals: the fix writes __socket__'s, which none rebinds.
import socket as __socket__

from harness import Peer

for name in ("socket", "create_connection", "error"):
    globals()[name] = getattr(__socket__, name)


def talk(peer):
    conn = __socket__.create_connection(peer.addr)
    peer.accept()
    conn.close()


peer = Peer()
talk(peer)
print("OK" if peer.sees_eof() else "NO EOF")
