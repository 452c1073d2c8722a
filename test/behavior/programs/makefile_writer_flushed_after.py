# expect: skip
# original-key: peer=hello
# forced-key: peer=nothing
# A buffered makefile() writer holds what was written to it until it is flushed: here by its close,
# after the socket's. The file object keeps the descriptor open, so the data still goes out; a
# shutdown before the socket's close ends the connection first, and the flush finds a broken pipe.
import signal
import socket
import threading

signal.alarm(10)
got = []


def serve(listener):
    peer, _ = listener.accept()
    data = b""
    while True:
        chunk = peer.recv(100)
        if not chunk:
            break
        data += chunk
    got.append(data)
    peer.close()


def main():
    listener = socket.create_server(("127.0.0.1", 0))
    t = threading.Thread(target=serve, args=(listener,))
    t.start()
    conn = socket.create_connection(listener.getsockname(), timeout=3)
    out = conn.makefile("wb")
    out.write(b"hello")
    conn.close()  # target
    try:
        out.close()
    except OSError:
        pass
    t.join()
    listener.close()
    print("peer=%s" % (got[0].decode() or "nothing"))


main()
