# python: python3
# outcome: fix-unsafe socket name unresolved
# unsafe-fix-breaks: yes
# gevent's and eventlet's socket modules fill their namespace with globals()[name] = ...;
# `socket` there is a class, so an added `import socket` would be rebound. Here the names
# written come from a list made at run time: any name may be rebound.
import socket as __socket__

from harness import Peer

for name in list(__socket__.__all__)[:3] + ["socket", "error"]:
    globals()[name] = getattr(__socket__, name)


def talk(peer):
    conn = __socket__.create_connection(peer.addr)
    peer.accept()
    conn.close()


peer = Peer()
talk(peer)
print("OK" if peer.sees_eof() else "NO EOF")
