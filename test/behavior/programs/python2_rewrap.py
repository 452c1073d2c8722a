# expect: skip
# python: python2
# original-key: new=sent,peer='still'
# forced-key: new=error,peer=''
# Python 2's rewrap (its own socket.accept() does this): a new socket object takes the old one's
# _sock, and closing the old wrapper leaves the connection to the new one. A shutdown would end it.
import signal
import socket

signal.alarm(10)


def main():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    client = socket.create_connection(listener.getsockname())
    conn, _ = listener.accept()
    new = socket.socket(_sock=conn._sock)
    conn.close()  # target
    try:
        new.sendall(b"still")
        sent = "sent"
    except socket.error:
        sent = "error"
    print("new=%s,peer=%r" % (sent, client.recv(10)))
    new.close()
    client.close()
    listener.close()


main()
