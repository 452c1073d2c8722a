# expect: fix
# original-key: peer=EOF listener=alive
# fixed-key: peer=EOF listener=alive
# A factory that listens only when given bind (and rebinds bind only where it is a tuple, as Pyro's
# does): the socket it makes for connect= is a client's and is fixed; the listener it makes for bind=
# is left alone and still accepts after the client's close.
import signal
import socket

signal.alarm(10)


def create_socket(bind=None, connect=None, ipv6=False):
    if isinstance(bind, tuple):
        if ipv6:
            bind = (bind[0], bind[1], 0, 0)
    sock = socket.socket(socket.AF_INET6 if ipv6 else socket.AF_INET, socket.SOCK_STREAM)
    if bind:
        sock.bind(bind)
        sock.listen(5)
    if connect:
        sock.connect(connect)
    return sock


def main():
    listener = create_socket(bind=("127.0.0.1", 0))
    client = create_socket(connect=listener.getsockname())
    conn, _ = listener.accept()
    client.sendall(b"bye")
    client.close()  # target
    data = conn.recv(100)
    tail = conn.recv(100)
    conn.close()
    again = create_socket(connect=listener.getsockname())
    accepted, _ = listener.accept()
    accepted.close()
    again.close()
    listener.close()
    print("peer=%s listener=alive" % ("EOF" if data == b"bye" and tail == b"" else "other"))


main()
