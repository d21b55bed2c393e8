import socket

import pytest


def test_the_suite_cannot_reach_the_network():
    with pytest.raises(RuntimeError, match="network"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
