# expect: fix
# original-key: got=hello
# fixed-key: got=hello
# A TLS socket from wrap_socket(): the fix keeps the exchange working.
import os
import signal
import socket
import ssl
import threading

signal.alarm(10)
HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(os.path.join(HERE, "keycert.pem"))
    client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    client_ctx.check_hostname = False
    client_ctx.verify_mode = ssl.CERT_NONE
    listener = socket.create_server(("127.0.0.1", 0))
    received = []

    def serve():
        raw, _ = listener.accept()
        with server_ctx.wrap_socket(raw, server_side=True) as tls_peer:
            tls_peer.settimeout(3)
            try:
                received.append(tls_peer.recv(100))
            except (OSError, ssl.SSLError):
                received.append(b"")

    worker = threading.Thread(target=serve, daemon=True)
    worker.start()
    raw = socket.create_connection(listener.getsockname(), timeout=3)
    tls = client_ctx.wrap_socket(raw)
    tls.sendall(b"hello")
    worker.join(0.5)
    tls.close()  # target
    worker.join(3)
    listener.close()
    print("got=%s" % (received[0].decode() if received else "nothing"))


main()
