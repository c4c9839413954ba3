"""A small memory of the values most recently made, by key: what a front end or a compiler
remembers between the runs of one program on several VMs or configurations."""

import threading
from collections import OrderedDict


class Recent:
    """The last `size` values put, by key; a get keeps its entry among the most recent.
    Safe to share between threads (runs may go on in several at once)."""

    def __init__(self, size):
        self.size = size
        self.entries = OrderedDict()
        self.lock = threading.Lock()

    def __len__(self):
        return len(self.entries)

    def get(self, key):
        with self.lock:
            value = self.entries.get(key)
            if value is not None:
                self.entries.move_to_end(key)
            return value

    def put(self, key, value):
        with self.lock:
            self.entries[key] = value
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)
