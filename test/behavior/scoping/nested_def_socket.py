# python: python3
# outcome: fix-safe
# A nested `def socket` shadows the module in the enclosing function.
import socket as socket_module
import socket

from harness import Peer


def talk(addr):
    conn = socket_module.create_connection(addr)

    def socket():
        return None

    socket()
    conn.close()


peer = Peer()
talk(peer.addr)
peer.accept()
print("OK" if peer.sees_eof() else "NO EOF")
