# expect: skip
# original-key: child=ready
# forced-key: child=lost
# The parent makes a class of its own module whose start() forks, starts it, then closes its copy of the
# child's end of a socketpair (ansible_mitogen's MuxProcess: mux.start() forks, the parent closes child_sock).
# A shutdown there would end the child's end for the child too: it could not say it is ready.
import os
import signal
import socket
import time

signal.alarm(10)


class Mux(object):
    def __init__(self, parent):
        self.parent = parent

    def start(self):
        self.pid = os.fork()
        if self.pid:
            return
        self.parent.parent_sock.close()
        time.sleep(0.3)  # the child's own setup, before it says it is ready
        try:
            self.parent.child_sock.sendall(b"ready")
        except OSError:
            pass
        os._exit(0)


class Pool(object):
    def __init__(self):
        self.parent_sock, self.child_sock = socket.socketpair()
        self.muxes = [Mux(self) for _ in range(1)]
        for mux in self.muxes:
            mux.start()
        self.child_sock.close()  # target
        self.child_sock = None

    def wait(self):
        data = self.parent_sock.recv(10)
        for mux in self.muxes:
            os.waitpid(mux.pid, 0)
        return data


print("child=%s" % ("ready" if Pool().wait() == b"ready" else "lost"))
