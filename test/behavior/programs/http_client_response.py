# expect: skip
# original-key: body=complete
# http.client's response reads the socket given to the connection (conn.sock = sock) through makefile()
# after the socket is closed: a shutdown there would cut the body off.
import http.client
import signal
import socket
import threading
import time

signal.alarm(10)
PAYLOAD = b"x" * 100000


def serve(listener):
    peer, _ = listener.accept()
    peer.recv(1000)
    peer.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(PAYLOAD))
    time.sleep(0.2)
    peer.sendall(PAYLOAD)
    peer.close()


def main():
    listener = socket.create_server(("127.0.0.1", 0))
    threading.Thread(target=serve, args=(listener,), daemon=True).start()
    host, port = listener.getsockname()
    sock = socket.create_connection((host, port), timeout=3)
    conn = http.client.HTTPConnection(host, port)
    conn.sock = sock
    conn.request("GET", "/")
    resp = conn.getresponse()
    sock.close()  # target
    try:
        body = resp.read()
        result = "complete" if body == PAYLOAD else "truncated"
    except (OSError, http.client.HTTPException):
        result = "error"
    listener.close()
    print("body=%s" % result)


main()
