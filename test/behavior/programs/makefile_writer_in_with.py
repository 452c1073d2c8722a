# expect: skip
# original-key: peer=hello
# forced-key: peer=nothing
# A buffered makefile() writer of a with statement: the close inside the block leaves what was
# written in the buffer, and the with statement's exit flushes it after the close (the file
# object keeps the descriptor open). A shutdown before the close loses it: the exit's flush
# raises BrokenPipeError.
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
    try:
        with conn.makefile("wb") as out:
            out.write(b"hello")
            conn.close()  # target
    except OSError:
        pass
    t.join()
    listener.close()
    print("peer=%s" % (got[0].decode() or "nothing"))


main()
