# expect: fix
# original-key: peer=timeout
# fixed-key: peer=eof
# A BaseRequestHandler whose class is passed to a TCPServer subclass only: its self.request is a
# connected stream socket. A makefile() object keeps the descriptor open after close(), so the
# client sees no end until the handler drops it.
import signal
import socket
import socketserver
import threading

signal.alarm(10)
seen = threading.Event()


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        reader = self.request.makefile("rb")
        self.request.sendall(b"bye")
        self.request.close()  # target
        seen.wait(3)
        reader.close()


class Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True


def main():
    server = Server(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=server.handle_request)
    t.start()
    client = socket.create_connection(server.server_address, timeout=1)
    result = "timeout"
    try:
        while client.recv(100):
            pass
        result = "eof"
    except socket.timeout:
        pass
    seen.set()
    t.join()
    client.close()
    server.server_close()
    print("peer=%s" % result)


main()
