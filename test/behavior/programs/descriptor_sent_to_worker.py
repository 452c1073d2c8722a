# expect: skip
# original-key: peer=hello
# A server sends the accepted connection's descriptor to a worker process (socket.send_fds, as
# proxy.py does with multiprocessing's send_handle), then closes its own copy; the worker answers.
# A shutdown before the close would end the connection in the worker too.
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


def main():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    parent_chan, child_chan = socket.socketpair()
    worker = subprocess.Popen([sys.executable, "-c", WORKER, str(child_chan.fileno())], pass_fds=[child_chan.fileno()])
    child_chan.close()
    client = socket.create_connection(listener.getsockname(), timeout=5)
    conn, _ = listener.accept()
    socket.send_fds(parent_chan, [b"x"], [conn.fileno()])
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
