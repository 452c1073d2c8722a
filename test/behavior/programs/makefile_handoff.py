# expect: skip
# original-key: body=complete
# A response object keeps reading through makefile() after the connection closes its socket.
import signal
import socket
import threading
import time

signal.alarm(10)
PAYLOAD = b"x" * 100000


def serve(listener):
    peer, _ = listener.accept()
    peer.recv(100)
    peer.sendall(b"HEAD\n")
    time.sleep(0.2)
    peer.sendall(PAYLOAD)
    peer.close()


def main():
    listener = socket.create_server(("127.0.0.1", 0))
    threading.Thread(target=serve, args=(listener,), daemon=True).start()
    conn = socket.create_connection(listener.getsockname(), timeout=3)
    conn.sendall(b"REQ\n")
    stream = conn.makefile("rb")
    stream.readline()
    conn.close()  # target
    try:
        body = stream.read()
        result = "complete" if body == PAYLOAD else "truncated"
    except OSError:
        result = "error"
    stream.close()
    listener.close()
    print("body=%s" % result)


main()
