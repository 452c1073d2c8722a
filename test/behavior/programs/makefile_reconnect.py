# expect: fix
# original-key: peer=timeout
# fixed-key: peer=EOF
# A client reconnects: it closes its socket, then binds the socket and its makefile() objects again,
# as mitmproxy's Windows resolver does. Uses of the names after that are the new connection's, so the
# close gets a fix. When the new connection cannot be made, the old file objects are still on self:
# close() alone leaves the old connection open (no FIN), and the shutdown ends it for the peer.
import signal
import socket

signal.alarm(10)


def write(data, wfile):
    wfile.write(data + b"\n")
    wfile.flush()


class Resolver(object):
    def __init__(self, addr):
        self.addr = addr
        self.sock = None

    def connect(self):
        if self.sock:
            self.sock.close()  # target
        self.sock = socket.create_connection(self.addr)
        self.wfile = self.sock.makefile("wb")
        self.rfile = self.sock.makefile("rb")
        write(b"hello", self.wfile)


def main():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    resolver = Resolver(listener.getsockname())
    resolver.connect()
    conn, _ = listener.accept()
    assert conn.recv(100) == b"hello\n"
    # the server goes away: the reconnect is refused
    listener.close()
    try:
        resolver.connect()
    except socket.error:
        pass
    conn.settimeout(1.0)
    try:
        outcome = "EOF" if conn.recv(100) == b"" else "data"
    except socket.timeout:
        outcome = "timeout"
    print("peer=%s" % outcome)
    conn.close()


main()
