# Starts moto's server (an AWS emulator: SQS, DynamoDB, S3, Firehose delivering to its S3, Secrets Manager, ...) on
# 127.0.0.1 only. Usage: python3 moto-server.py <port>   (0 = any free port). Prints "ready <port>" once listening.
import logging
import sys
import threading

from moto.server import ThreadedMotoServer

# One line per request on stderr would only fill the test's error buffer.
logging.getLogger("werkzeug").setLevel(logging.WARNING)
server = ThreadedMotoServer(ip_address="127.0.0.1", port=int(sys.argv[1]) if len(sys.argv) > 1 else 0, verbose=False)
server.start()
print(f"ready {server.get_host_and_port()[1]}", flush=True)
threading.Event().wait()
