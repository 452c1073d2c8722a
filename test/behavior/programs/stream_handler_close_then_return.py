# expect: fix
# original-key: client=eof rejected=1
# fixed-key: client=eof rejected=1
# A StreamRequestHandler closes self.request and returns when the first bytes are wrong (hl7apy's MLLP
# handler): its reads of self.rfile further down never follow that close, so the fix is safe there. The
# client sees end of file either way, and the handler reads nothing after the close.
import signal
import socket
import socketserver
import threading

signal.alarm(10)
rejected = []


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        head = self.request.recv(1)
        if head != b"\x0b":
            rejected.append(head)
            self.request.close()  # target
            return
        while not self.rfile.readline().endswith(b"\x1c\r\n"):
            pass


def main():
    server = socketserver.TCPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=server.handle_request)
    t.start()
    client = socket.create_connection(server.server_address, timeout=3)
    client.sendall(b"x")
    data = client.recv(10)
    t.join()
    client.close()
    server.server_close()
    print("client=%s rejected=%d" % ("eof" if data == b"" else repr(data), len(rejected)))


main()
