# expect: skip
# original-key: peer=hello
# A server passes the accepted connection's descriptor to a worker process with a passfd-style
# sendfd(channel, fd), as scgi's servers do with their passfd module, and closes its own copy once
# the call succeeded; the worker answers. A shutdown before the close would end the connection in the
# worker too.
import signal
import socket
import subprocess
import sys

signal.alarm(10)

WORKER = """
import socket, sys
chan = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, fileno=int(sys.argv[1]))
msg, fds, flags, addr = socket.recv_fds(chan, 10, 1)
conn = socket.socket(socket.AF_INET, socket.SOCK_STREAM, fileno=fds[0])
data = b""
while len(data) < 5:
    chunk = conn.recv(5 - len(data))
    if not chunk:
        break
    data += chunk
try:
    conn.sendall(data)
except OSError:
    pass
"""


class passfd(object):
    # (scgi's passfd C module's call, made of the standard library's here)
    @staticmethod
    def sendfd(chan, fd):
        socket.send_fds(chan, [b"x"], [fd])


def main():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    parent_chan, child_chan = socket.socketpair()
    worker = subprocess.Popen([sys.executable, "-c", WORKER, str(child_chan.fileno())], pass_fds=[child_chan.fileno()])
    child_chan.close()
    client = socket.create_connection(listener.getsockname(), timeout=5)
    conn, _ = listener.accept()
    try:
        passfd.sendfd(parent_chan, conn.fileno())
    except OSError:
        conn.close()
    else:
        conn.close()  # target
    client.sendall(b"hello")
    data = b""
    try:
        while len(data) < 5:
            chunk = client.recv(100)
            if not chunk:
                break
            data += chunk
    except OSError:
        pass
    worker.wait()
    client.close()
    parent_chan.close()
    listener.close()
    print("peer=%s" % (data.decode() or "EOF"))


main()
