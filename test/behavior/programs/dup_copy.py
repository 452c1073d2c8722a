# expect: skip
# original-key: copy_send=sent
# A dup() copy is meant to outlive the close and keep talking.
import signal
import socket

signal.alarm(10)


def main():
    listener = socket.create_server(("127.0.0.1", 0))
    client = socket.create_connection(listener.getsockname(), timeout=2)
    conn, _ = listener.accept()
    keeper = conn.dup()
    conn.close()  # target
    try:
        keeper.sendall(b"still-open")
        result = "sent" if client.recv(100) == b"still-open" else "lost"
    except OSError:
        result = "error"
    keeper.close()
    client.close()
    listener.close()
    print("copy_send=%s" % result)


main()
