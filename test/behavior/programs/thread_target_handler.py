# expect: fix
# original-key: client=timeout
# fixed-key: client=EOF
# A handler run as a thread's target (threading.Thread(target=..., args=(conn, addr))) answers and
# closes the connection it was handed, while its makefile() reader lives on: without a shutdown the
# client, which reads to end-of-file, waits.
import signal
import socket
import threading

signal.alarm(10)
readers = []
done = threading.Event()


def _handle(conn, addr):
    reader = conn.makefile("rb")
    readers.append(reader)
    reader.readline()
    conn.sendall(b"ok\n")
    conn.close()  # target
    done.set()


def client_state(s):
    s.settimeout(0.7)
    got = b""
    try:
        while True:
            chunk = s.recv(16)
            if not chunk:
                return "EOF"
            got += chunk
    except socket.timeout:
        return "timeout"


def main():
    listener = socket.create_server(("127.0.0.1", 0))
    client = socket.create_connection(listener.getsockname())
    conn, addr = listener.accept()
    threading.Thread(target=_handle, args=(conn, addr)).start()
    client.sendall(b"hello\n")
    done.wait(5)
    state = client_state(client)
    for r in readers:
        r.close()
    client.close()
    listener.close()
    print("client=%s" % state)


main()
