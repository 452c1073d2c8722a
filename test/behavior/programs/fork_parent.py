# expect: skip
# original-key: child=sent,peer=data
# A fork server's parent closes its copy; the child still answers.
import os
import signal
import socket

signal.alarm(10)


def main():
    listener = socket.create_server(("127.0.0.1", 0))
    client = socket.create_connection(listener.getsockname(), timeout=3)
    conn, _ = listener.accept()
    pid = os.fork()
    if pid == 0:
        try:
            conn.sendall(b"from-child")
            os._exit(0)
        except OSError:
            os._exit(1)
    conn.close()  # target
    _, status = os.waitpid(pid, 0)
    child = "sent" if os.WEXITSTATUS(status) == 0 else "failed"
    try:
        data = client.recv(100)
        peer = "data" if data else "EOF"
    except OSError:
        peer = "error"
    client.close()
    listener.close()
    print("child=%s,peer=%s" % (child, peer))


main()
