# python: python3
# outcome: fix-unsafe socket name unresolved
# unsafe-fix-breaks: yes
# `from ssl import *` may bind any name (ssl exports the class `socket`): no name the fix writes is sure.
import socket as sk

from harness import Peer


def talk(peer):
    conn = sk.create_connection(peer.addr)
    peer.accept()
    conn.close()


from ssl import *

peer = Peer()
talk(peer)
print("OK" if peer.sees_eof() else "NO EOF")
