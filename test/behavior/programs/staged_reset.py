# expect: skip
# original-key: peer=reset
# forced-key: peer=EOF
# A test stages a server crash: the server closes with the request unread, which sends RST, and the
# test expects the client to see the reset (anyio's test_unretrieved_future_exception_server_crash).
# A shutdown first would end the connection with a FIN: the client would see EOF, and the test fail.
import contextlib
import signal
import socket
import threading
import time

signal.alarm(10)


@contextlib.contextmanager
def raises(exc, seen):
    try:
        yield
    except exc:
        seen.append("reset")


def main():
    listener = socket.create_server(("127.0.0.1", 0))
    seen = []

    def serve():
        conn, _ = listener.accept()
        time.sleep(0.2)
        conn.close()  # target

    thread = threading.Thread(target=serve)
    thread.start()
    client = socket.create_connection(listener.getsockname(), timeout=3)
    client.sendall(b"GET")
    thread.join()
    time.sleep(0.05)
    with raises(ConnectionResetError, seen):
        data = client.recv(100)
        seen.append("EOF" if data == b"" else "data")
    client.close()
    listener.close()
    print("peer=%s" % seen[0])


main()
