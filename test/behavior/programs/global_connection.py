# expect: fix
# original-key: peer=open
# fixed-key: peer=EOF
# A module's connection, made by a function that declares it `global` and closed by another function
# while a makefile() object it handed out stays alive, unread: the peer sees its end only where the fix
# shuts the connection down.
import signal
import socket

signal.alarm(10)

conn = None


def connect(addr):
    global conn
    conn = socket.create_connection(addr)


def disconnect():
    conn.close()  # target


def main():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    connect(listener.getsockname())
    peer, _ = listener.accept()
    reader = conn.makefile("rb")
    disconnect()
    peer.settimeout(2)
    try:
        data = peer.recv(100)
        result = "EOF" if data == b"" else "data"
    except socket.timeout:
        result = "open"
    reader.close()
    peer.close()
    listener.close()
    print("peer=%s" % result)


main()
