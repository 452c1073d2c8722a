# expect: skip
# original-key: handler=two
# forced-key: handler=eof
# A StreamRequestHandler reads self.rfile after closing self.request: rfile is a makefile() object,
# which keeps the descriptor open, and goes on reading what the client sends later. A shutdown
# before the close ends the connection: the read gets end of file.
import signal
import socket
import socketserver
import threading
import time

signal.alarm(10)
read = []


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        self.rfile.readline()
        self.request.close()  # target
        read.append(self.rfile.readline())


def main():
    server = socketserver.TCPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=server.handle_request)
    t.start()
    client = socket.create_connection(server.server_address, timeout=3)
    client.sendall(b"one\n")
    time.sleep(0.3)
    try:
        client.sendall(b"two\n")
    except OSError:
        pass
    t.join()
    client.close()
    server.server_close()
    print("handler=%s" % (read[0].decode().strip() or "eof"))


main()
