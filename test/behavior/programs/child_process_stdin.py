# expect: skip
# original-key: peer=hello
# A server hands the accepted connection to a child process as its stdin and stdout, then closes its
# own copy; the child still answers. A shutdown before the close would cut the child off.
import signal
import socket
import subprocess
import sys

signal.alarm(10)

ECHO = "import sys; sys.stdout.write(sys.stdin.read(5)); sys.stdout.flush()"


def main():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    client = socket.create_connection(listener.getsockname(), timeout=5)
    conn, _ = listener.accept()
    child = subprocess.Popen([sys.executable, "-c", ECHO], stdin=conn, stdout=conn)
    conn.close()  # target
    client.sendall(b"hello")
    data = b""
    try:
        while len(data) < 5:
            chunk = client.recv(100)
            if not chunk:
                break
            data += chunk
    except OSError:
        pass
    child.wait()
    client.close()
    listener.close()
    print("peer=%s" % (data.decode() or "EOF"))


main()
