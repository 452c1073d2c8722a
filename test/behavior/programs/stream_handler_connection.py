# expect: fix
# original-key: peer=timeout
# fixed-key: peer=eof
# A StreamRequestHandler's self.connection (its request): the handler's rfile, a makefile() object,
# keeps the descriptor open after close(), so the client sees no end until the handler returns.
import signal
import socket
import socketserver
import threading

signal.alarm(10)
seen = threading.Event()


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b"bye")
        self.connection.close()  # target
        seen.wait(3)


def main():
    server = socketserver.TCPServer(("127.0.0.1", 0), Handler)
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
