# expect: skip
# original-key: parent_accept=ok
# A base class's factory method, overridden by a subclass that listens: the base's stop() closes the
# subclass's listening socket. A forked child stops its copy; the parent keeps accepting.
import os
import signal
import socket

signal.alarm(10)


class Endpoint(object):
    def __init__(self, addr):
        self.addr = addr
        self.sock = self.make_socket()

    def make_socket(self):
        return socket.create_connection(self.addr)

    def stop(self):
        self.sock.close()  # target


class Listener(Endpoint):
    def make_socket(self):
        sock = socket.socket()
        sock.bind(self.addr)
        sock.listen(5)
        return sock


def main():
    listener = Listener(("127.0.0.1", 0))
    pid = os.fork()
    if pid == 0:
        listener.stop()
        os._exit(0)
    os.waitpid(pid, 0)
    client = socket.create_connection(listener.sock.getsockname(), timeout=2)
    listener.sock.settimeout(2)
    try:
        conn, _ = listener.sock.accept()
        result = "ok"
        conn.close()
    except OSError:
        result = "failed"
    client.close()
    listener.stop()
    print("parent_accept=%s" % result)


main()
