# expect: fix
# original-key: end=reset
# fixed-key: end=EOF
# Closing with unread input makes Linux send RST; shutdown() first lets the reply end in FIN.
import signal
import socket
import time

signal.alarm(10)


def main():
    listener = socket.create_server(("127.0.0.1", 0))
    client = socket.create_connection(listener.getsockname(), timeout=2)
    conn, _ = listener.accept()
    client.sendall(b"request plus bytes nobody reads")
    time.sleep(0.05)
    conn.recv(4)
    conn.sendall(b"reply")
    conn.close()  # target
    time.sleep(0.05)
    got = b""
    end = None
    while end is None:
        try:
            chunk = client.recv(100)
        except ConnectionResetError:
            end = "reset"
            break
        if not chunk:
            end = "EOF"
        got += chunk
    client.close()
    listener.close()
    print("end=%s" % end)


main()
