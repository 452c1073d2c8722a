# expect: fix
# original-key: peer=timeout
# fixed-key: peer=EOF
# A client object keeps its socket's makefile() reader on self and never reads it after close(), as
# beanstalkc's Connection does. The reader holds the descriptor (Python 3) or the connection
# (Python 2), so close() alone sends no FIN; the shutdown ends the connection for the peer.
import signal
import socket

signal.alarm(10)


class Client(object):
    def __init__(self, addr):
        self._socket = socket.create_connection(addr)
        self._socket_file = self._socket.makefile('rb')

    def read_line(self):
        return self._socket_file.readline()

    def close(self):
        self._socket.close()  # target


def main():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    client = Client(listener.getsockname())
    conn, _ = listener.accept()
    conn.sendall(b"hello\n")
    assert client.read_line() == b"hello\n"
    client.close()
    conn.settimeout(1.0)
    try:
        outcome = "EOF" if conn.recv(100) == b"" else "data"
    except socket.timeout:
        outcome = "timeout"
    print("peer=%s" % outcome)
    conn.close()
    listener.close()


main()
