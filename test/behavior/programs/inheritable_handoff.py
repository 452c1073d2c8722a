# expect: skip
# original-key: child=ready
# forced-key: child=lost
# A factory makes one end of a socketpair inheritable for a child process it launches (kitty's remote
# control: add_fd_based_remote_control()), and the parent then closes its copy of that end. The child
# talks on: a shutdown of the parent's copy would cut it off.
import os
import signal
import socket
import subprocess
import sys

signal.alarm(10)

CHILD = """
import os, socket, time
s = socket.socket(fileno=int(os.environ["REMOTE_FD"]))
time.sleep(0.3)
try:
    s.sendall(b"ready")
except OSError:
    pass
"""


def make_remote():
    local, remote = socket.socketpair()
    os.set_inheritable(remote.fileno(), True)
    return local, remote


def main():
    local, remote = make_remote()
    fd = remote.fileno()
    env = dict(os.environ, REMOTE_FD=str(fd))
    child = subprocess.Popen([sys.executable, "-c", CHILD], env=env, close_fds=False)
    remote.close()  # target
    local.settimeout(5)
    try:
        data = local.recv(100)
    except OSError:
        data = b""
    child.wait()
    local.close()
    print("child=%s" % ("ready" if data == b"ready" else "lost"))


main()
