# expect: fix
# original-key: peer=timeout
# fixed-key: peer=EOF
# An error exit closes the socket and raises while its makefile() reader is alive (the traceback's frame
# holds it): the peer waits. The reads further down run on the other paths only.
import signal
import socket
import threading

signal.alarm(10)


def peer_state(s):
    s.settimeout(0.7)
    try:
        return "EOF" if s.recv(16) == b"" else "data"
    except socket.timeout:
        return "timeout"


def tunnel(addr):
    s = socket.create_connection(addr)
    fp = s.makefile("rb")
    status = fp.readline()
    if not status.startswith(b"HTTP/"):
        s.close()  # target
        raise IOError("bad status line: %r" % status)
    while fp.readline().strip():
        pass
    return s, fp


def main():
    listener = socket.create_server(("127.0.0.1", 0))
    accepted = []

    def serve():
        conn, _ = listener.accept()
        conn.sendall(b"garbage\r\n")
        accepted.append(conn)

    t = threading.Thread(target=serve)
    t.start()
    try:
        tunnel(listener.getsockname())
        state = "no error"
    except IOError:
        t.join()
        state = peer_state(accepted[0])
    accepted[0].close()
    listener.close()
    print("peer=%s" % state)


main()
