# expect: fix
# original-key: tcp=open udp=closed
# fixed-key: tcp=EOF udp=closed
# A base class whose subclasses make either a connected TCP socket or a datagram one (steam's
# TCPConnection and UDPConnection), closed by the base's disconnect() while a makefile() object of
# the connection stays alive: the fix ends the TCP connection for the peer, and its shutdown of the
# datagram socket does nothing (and raises nothing).
import signal
import socket

signal.alarm(10)


class Connection(object):
    def __init__(self):
        self.socket = None

    def connect(self, addr):
        self._new_socket()
        self._connect(addr)

    def disconnect(self):
        self.socket.close()  # target


class TCPConnection(Connection):
    def _new_socket(self):
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)

    def _connect(self, addr):
        self.socket.connect(addr)


class UDPConnection(Connection):
    def _new_socket(self):
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def _connect(self, addr):
        pass


def main():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    tcp = TCPConnection()
    tcp.connect(listener.getsockname())
    peer, _ = listener.accept()
    reader = tcp.socket.makefile("rb")
    tcp.disconnect()
    peer.settimeout(2)
    try:
        data = peer.recv(100)
        result = "EOF" if data == b"" else "data"
    except socket.timeout:
        result = "open"
    udp = UDPConnection()
    udp.connect(("127.0.0.1", 9))
    udp.disconnect()
    reader.close()
    peer.close()
    listener.close()
    print("tcp=%s udp=%s" % (result, "closed" if udp.socket.fileno() == -1 else "open"))


main()
