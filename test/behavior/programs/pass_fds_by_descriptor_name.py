# expect: skip
# original-key: child=ready
# forced-key: child=lost
# The parent hands one end of a socketpair to a child process by pass_fds, through a name of its own for
# the descriptor (`child_fd = child_sock.fileno()`, qiling's kernel proxy), then closes its copy of that
# end. The child talks on: a shutdown of the parent's copy would cut it off.
import signal
import socket
import subprocess
import sys

signal.alarm(10)

CHILD = """
import socket, sys, time
s = socket.socket(fileno=int(sys.argv[1]))
time.sleep(0.3)
try:
    s.sendall(b"ready")
except OSError:
    pass
"""


def main():
    parent_sock, child_sock = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    child_fd = child_sock.fileno()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(child_fd)], pass_fds=(child_fd,), close_fds=True)
    child_sock.close()  # target
    parent_sock.settimeout(5)
    try:
        data = parent_sock.recv(100)
    except OSError:
        data = b""
    child.wait()
    parent_sock.close()
    print("child=%s" % ("ready" if data == b"ready" else "lost"))


main()
