# expect: skip
# original-key: parent_accept=ok
# forced-key: parent_accept=failed
# A module's server, made by a function that declares it `global` (SET's web server: `httpd = None` at
# module level, `global httpd; httpd = ReusableTCPServer(...)` in start(), `httpd.socket.close()` in
# stop()): a forked child stops its copy of the listening socket; the parent keeps accepting.
import os
import signal
import socket
import socketserver

signal.alarm(10)

httpd = None


def start():
    global httpd
    httpd = socketserver.TCPServer(("127.0.0.1", 0), socketserver.BaseRequestHandler)


def stop():
    httpd.socket.close()  # target


def main():
    start()
    pid = os.fork()
    if pid == 0:
        stop()
        os._exit(0)
    os.waitpid(pid, 0)
    httpd.socket.settimeout(2)
    try:
        client = socket.create_connection(httpd.server_address, timeout=2)
        conn, _ = httpd.socket.accept()
        result = "ok"
        conn.close()
        client.close()
    except OSError:
        result = "failed"
    stop()
    print("parent_accept=%s" % result)


main()
