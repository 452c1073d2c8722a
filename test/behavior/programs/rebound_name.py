# expect: fix
# original-key: peer=EOF listener=alive
# fixed-key: peer=EOF listener=alive
# One name, two sockets: a connection closed, then the same name bound to a listener. The connection's
# close is fixed (what the listener does is not its business); the listener's is left alone and it
# still accepts after the connection's close.
import signal
import socket

signal.alarm(10)


def main():
    server = socket.create_server(("127.0.0.1", 0))
    s = socket.create_connection(server.getsockname(), timeout=2)
    peer, _ = server.accept()
    s.sendall(b"bye")
    s.close()  # target
    data = peer.recv(100)
    tail = peer.recv(100)
    peer.close()
    server.close()
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(5)
    client = socket.create_connection(s.getsockname(), timeout=2)
    accepted, _ = s.accept()
    accepted.close()
    client.close()
    s.close()
    print("peer=%s listener=alive" % ("EOF" if data == b"bye" and tail == b"" else "other"))


main()
