# expect: fix
# original-key: child=done,peer=EOF
# fixed-key: child=done,peer=EOF
# A test starts a server process first and connects afterwards: the child never had the socket, so the
# parent's shutdown ends only its own connection (py4j's tests: Process(...).start(), then get_socket()).
import os
import signal
import socket

signal.alarm(10)


def get_socket(address):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect(address)
    return s


def main():
    listener = socket.create_server(("127.0.0.1", 0))
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    client = get_socket(listener.getsockname())
    conn, _ = listener.accept()
    client.sendall(b"bye")
    client.close()  # target
    _, status = os.waitpid(pid, 0)
    child = "done" if os.WEXITSTATUS(status) == 0 else "failed"
    data = conn.recv(100)
    tail = conn.recv(100)
    conn.close()
    listener.close()
    print("child=%s,peer=%s" % (child, "EOF" if data == b"bye" and tail == b"" else "other"))


main()
