# expect: fix
# original-key: reader=blocked
# fixed-key: reader=woke
# close() does not wake a thread blocked in recv(); shutdown() does.
import signal
import socket
import threading
import time

signal.alarm(10)


def main():
    listener = socket.create_server(("127.0.0.1", 0))
    client = socket.create_connection(listener.getsockname())
    conn, _ = listener.accept()
    woke = threading.Event()

    def reader():
        try:
            conn.recv(100)
        except OSError:
            pass
        woke.set()

    threading.Thread(target=reader, daemon=True).start()
    time.sleep(0.2)
    conn.close()  # target
    result = "woke" if woke.wait(0.8) else "blocked"
    client.close()
    listener.close()
    print("reader=%s" % result)


main()
