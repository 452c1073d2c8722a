# expect: fix
# original-key: peer=open
# fixed-key: peer=EOF
# A class sets the socket on a holder object it made (pigpio's `self.sl.s = socket.create_connection(...)`,
# with `self.sl = _socklock()`) and closes it there while a makefile() object it handed out stays alive,
# unread: the peer sees the end only where the fix shuts the connection down.
import signal
import socket
import threading

signal.alarm(10)


class _socklock(object):
    def __init__(self):
        self.s = None
        self.l = threading.Lock()


class pi(object):
    def __init__(self, addr):
        self.sl = _socklock()
        self.sl.s = socket.create_connection(addr, None)

    def stop(self):
        if self.sl.s is not None:
            self.sl.s.close()  # target
            self.sl.s = None


def main():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    p = pi(listener.getsockname())
    peer, _ = listener.accept()
    reader = p.sl.s.makefile("rb")
    p.stop()
    peer.settimeout(2)
    try:
        data = peer.recv(100)
        result = "EOF" if data == b"" else "data"
    except socket.timeout:
        result = "open"
    reader.close()
    peer.close()
    listener.close()
    print("peer=%s" % result)


main()
