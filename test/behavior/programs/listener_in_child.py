# expect: skip
# original-key: parent_accept=ok
# A forked child closes its copy of the listening socket; the parent keeps accepting.
import os
import signal
import socket

signal.alarm(10)


def main():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    pid = os.fork()
    if pid == 0:
        listener.close()  # target
        os._exit(0)
    os.waitpid(pid, 0)
    client = socket.create_connection(listener.getsockname(), timeout=2)
    listener.settimeout(2)
    try:
        conn, _ = listener.accept()
        result = "ok"
        conn.close()
    except OSError:
        result = "failed"
    client.close()
    print("parent_accept=%s" % result)


main()
