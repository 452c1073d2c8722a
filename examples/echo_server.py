"""A small line-echo server and client, with the socket closes pysockfix looks at."""
import os
import socket


def serve_once(port):
    listener = socket.create_server(("127.0.0.1", port))
    conn, _ = listener.accept()
    reader = conn.makefile("rb")
    conn.sendall(reader.readline())
    conn.close()  # fix (safe): the makefile() reader still holds the connection open
    reader.close()
    listener.close()  # skipped: a listening socket


def fork_server(listener):
    while True:
        conn, _ = listener.accept()
        if os.fork() == 0:
            conn.sendall(b"hello from the child\n")
            os._exit(0)
        conn.close()  # skipped: the parent's copy after os.fork()


def fetch(addr):
    sock = socket.create_connection(addr)
    sock.sendall(b"ping\n")
    stream = sock.makefile("rb")
    sock.close()  # skipped: the makefile() object is read after the close
    return stream.read()


def finish(sock):
    sock.close()  # fix (unsafe): a socket only by its name
