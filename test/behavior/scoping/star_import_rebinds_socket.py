# python: python3
# outcome: fix-safe
# A later `from socket import *` rebinds `socket` to the class: an added `import socket` would not survive it.
from harness import Peer


def talk(peer):
    conn = create_connection(peer.addr)
    peer.accept()
    conn.close()


from socket import *

peer = Peer()
talk(peer)
print("OK" if peer.sees_eof() else "NO EOF")
