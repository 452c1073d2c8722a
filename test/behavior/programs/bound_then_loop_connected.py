# expect: fix
# original-key: peer=timeout
# fixed-key: peer=EOF
# A socket bound to a local address, then connected by the event loop (loop.sock_connect), is a
# connected one: a makefile() reader keeps its descriptor open after close(), so only a shutdown
# lets the peer see the end.
import asyncio
import signal
import socket

signal.alarm(10)


def peer_state(s):
    s.settimeout(0.7)
    try:
        return "EOF" if s.recv(16) == b"" else "data"
    except socket.timeout:
        return "timeout"


async def main():
    loop = asyncio.get_running_loop()
    listener = socket.create_server(("127.0.0.1", 0))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.setblocking(False)
    await loop.sock_connect(sock=sock, address=listener.getsockname())
    server_side, _ = listener.accept()
    reader = sock.makefile("rb")
    sock.close()  # target
    state = peer_state(server_side)
    reader.close()
    server_side.close()
    listener.close()
    print("peer=%s" % state)


asyncio.run(main())
