# expect: fix
# original-key: peer=EOF
# fixed-key: peer=EOF
# A plain close with nothing else holding the socket: both versions end the connection.
import signal
import socket

signal.alarm(10)


def main():
    listener = socket.create_server(("127.0.0.1", 0))
    client = socket.create_connection(listener.getsockname(), timeout=2)
    conn, _ = listener.accept()
    conn.sendall(b"bye")
    conn.close()  # target
    data = client.recv(100)
    tail = client.recv(100)
    client.close()
    listener.close()
    print("peer=%s" % ("EOF" if data == b"bye" and tail == b"" else "other"))


main()
