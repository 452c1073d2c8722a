# expect: skip
# original-key: reply=4
# forced-key: reply=lost
# xmlrpc.server's SimpleXMLRPCRequestHandler sets wbufsize = -1: the reply do_POST() writes sits in
# the buffered wfile, which handle_one_request() flushes after do_POST() returns. A handler that
# closes its connection at the end of do_POST() still sends the reply (wfile, a makefile() object,
# keeps the descriptor open); a shutdown before the close loses it.
import signal
import socket
import threading
from xmlrpc.client import ServerProxy
from xmlrpc.server import SimpleXMLRPCRequestHandler, SimpleXMLRPCServer

signal.alarm(10)


class Handler(SimpleXMLRPCRequestHandler):
    def do_POST(self):
        SimpleXMLRPCRequestHandler.do_POST(self)
        self.connection.close()  # target


class Quiet(SimpleXMLRPCServer):
    def handle_error(self, request, client_address):
        pass


def main():
    server = Quiet(("127.0.0.1", 0), Handler, logRequests=False)
    server.register_function(lambda a, b: a + b, "add")
    # (xmlrpc.client retries once on a dropped connection: two requests, the second given up after a second)
    server.timeout = 1
    t = threading.Thread(target=lambda: [server.handle_request() for _ in range(2)])
    t.start()
    proxy = ServerProxy("http://127.0.0.1:%d/" % server.server_address[1])
    try:
        reply = proxy.add(2, 2)
    except Exception:
        reply = "lost"
    t.join()
    server.server_close()
    print("reply=%s" % reply)


main()
