# python: python3
# outcome: fix-safe
# A local `import x as socket` makes `socket` another module in the function that closes.
import socket

from harness import Peer


def connect(addr):
    return socket.create_connection(addr)


def talk(peer):
    conn = connect(peer.addr)
    peer.accept()
    import json as socket
    socket.dumps({})
    conn.close()


peer = Peer()
talk(peer)
print("OK" if peer.sees_eof() else "NO EOF")
