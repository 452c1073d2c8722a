# expect: fix
# python: python2
# original-key: client=timeout
# fixed-key: client=EOF
# The Python 2 tutorials' threaded server: `from socket import *` and `from thread import *`, then
# start_new_thread(clientthread, (conn,)) (private here: a lone file is no project, and its public function
# may have callers elsewhere). The star import of thread rebinds `error` (thread.error), so the fix's guard
# must catch socket's error by another name. The handler keeps a makefile() reader,
# so without a shutdown the client, which reads to end-of-file, waits.
import signal
import time
from socket import *
from thread import *

signal.alarm(10)
readers = []
done = []


def _clientthread(conn):
    reader = conn.makefile("rb")
    readers.append(reader)
    reader.readline()
    conn.sendall("ok\n")
    conn.close()  # target
    done.append(1)


def client_state(s):
    s.settimeout(0.7)
    try:
        while True:
            chunk = s.recv(16)
            if not chunk:
                return "EOF"
    except timeout:
        return "timeout"


def main():
    listener = socket(AF_INET, SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    client = create_connection(listener.getsockname())
    conn, addr = listener.accept()
    start_new_thread(_clientthread, (conn,))
    client.sendall("hello\n")
    for _ in range(50):
        if done:
            break
        time.sleep(0.1)
    state = client_state(client)
    for r in readers:
        r.close()
    client.close()
    listener.close()
    print("client=%s" % state)


main()
