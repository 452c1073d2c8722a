# expect: skip
# original-key: peer=hello
# forced-key: peer=nothing
# A StreamRequestHandler with a buffered wfile (wbufsize other than 0): what handle() wrote is still
# in the buffer at self.request.close(), and finish() flushes it after; the makefile() object keeps
# the descriptor open until then. A shutdown before the close loses the reply (BrokenPipeError in
# finish()).
import signal
import socket
import socketserver
import sys
import threading

signal.alarm(10)


class Handler(socketserver.StreamRequestHandler):
    wbufsize = -1

    def handle(self):
        self.rfile.readline()
        self.wfile.write(b"hello")
        self.request.close()  # target


class Quiet(socketserver.TCPServer):
    def handle_error(self, request, client_address):
        pass


def main():
    server = Quiet(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=server.handle_request)
    t.start()
    client = socket.create_connection(server.server_address, timeout=3)
    client.sendall(b"hi\n")
    data = b""
    while True:
        chunk = client.recv(100)
        if not chunk:
            break
        data += chunk
    t.join()
    client.close()
    server.server_close()
    print("peer=%s" % (data.decode() or "nothing"))


main()
