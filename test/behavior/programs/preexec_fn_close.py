# expect: skip
# original-key: reply=pong
# The parent talks to a child over one end of a socketpair; the child's preexec_fn closes the parent's
# end between fork and exec, as sshuttle's does. That close runs in the child: a shutdown there would
# end the parent's connection too.
import signal
import socket
import subprocess
import sys

signal.alarm(10)

CHILD = "import sys; line = sys.stdin.readline(); sys.stdout.write(line.strip().replace('i', 'o')); sys.stdout.flush()"


def main():
    s1, s2 = socket.socketpair()

    def preexec_fn():
        s2.close()  # target

    child = subprocess.Popen([sys.executable, "-c", CHILD], stdin=s1, stdout=s1, preexec_fn=preexec_fn)
    s1.close()
    reply = b""
    try:
        s2.sendall(b"ping\n")
        while len(reply) < 4:
            chunk = s2.recv(100)
            if not chunk:
                break
            reply += chunk
    except OSError:
        pass
    child.wait()
    s2.close()
    print("reply=%s" % (reply.decode() or "EOF"))


main()
