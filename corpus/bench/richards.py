# tauraro-bench: tiny=300 real=50000
# Richards-style OS scheduler: task control blocks, packets, device/handler/worker/idle tasks
SIZE = 300

ID_IDLE = 1
ID_WORKER = 2
ID_HANDLER_A = 3
ID_HANDLER_B = 4
ID_DEVICE_A = 5
ID_DEVICE_B = 6
NUM_TASKS = 6

KIND_DEVICE = 0
KIND_WORK = 1
BUFFER_SIZE = 4


class Packet(object):
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        node = queue
        while node.link is not None:
            node = node.link
        node.link = self
        return queue


class TaskRecord(object):
    pass


class DeviceRecord(TaskRecord):
    def __init__(self):
        self.pending = None


class IdleRecord(TaskRecord):
    def __init__(self, count):
        self.control = 1
        self.count = count


class HandlerRecord(TaskRecord):
    def __init__(self):
        self.work_in = None
        self.device_in = None

    def add_work(self, packet):
        self.work_in = packet.append_to(self.work_in)

    def add_device(self, packet):
        self.device_in = packet.append_to(self.device_in)


class WorkerRecord(TaskRecord):
    def __init__(self):
        self.destination = ID_HANDLER_A
        self.count = 0


class TaskState(object):
    def __init__(self):
        self.packet_pending = True
        self.waiting = False
        self.holding = False

    def set_running(self):
        self.packet_pending = self.waiting = self.holding = False
        return self

    def set_waiting(self):
        self.packet_pending = self.holding = False
        self.waiting = True
        return self

    def set_waiting_with_packet(self):
        self.packet_pending = self.waiting = True
        self.holding = False
        return self

    def is_held_or_suspended(self):
        return self.holding or (not self.packet_pending and self.waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.waiting and not self.holding


class Task(TaskState):
    def __init__(self, system, ident, priority, queue, state, record):
        TaskState.__init__(self)
        self.system = system
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = state.packet_pending
        self.waiting = state.waiting
        self.holding = state.holding
        self.record = record
        self.link = system.register(self)

    def add_packet(self, packet, current):
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.input = packet.append_to(self.input)
        return current

    def run(self):
        if self.is_waiting_with_packet():
            packet = self.input
            self.input = packet.link
            if self.input is None:
                self.set_running()
            else:
                self.packet_pending = True
                self.waiting = self.holding = False
        else:
            packet = None
        return self.step(packet, self.record)

    def step(self, packet, record):
        raise NotImplementedError("step")

    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.system.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        other = self.system.find(ident)
        other.holding = False
        if other.priority > self.priority:
            return other
        return self

    def send(self, packet):
        target = self.system.find(packet.ident)
        self.system.queue_count += 1
        packet.link = None
        packet.ident = self.ident
        return target.add_packet(packet, self)


class DeviceTask(Task):
    def step(self, packet, record):
        if packet is None:
            packet = record.pending
            if packet is None:
                return self.wait()
            record.pending = None
            return self.send(packet)
        record.pending = packet
        self.system.trace(packet.datum)
        return self.hold()


class HandlerTask(Task):
    def step(self, packet, record):
        if packet is not None:
            if packet.kind == KIND_WORK:
                record.add_work(packet)
            else:
                record.add_device(packet)
        work = record.work_in
        if work is None:
            return self.wait()
        index = work.datum
        if index >= BUFFER_SIZE:
            record.work_in = work.link
            return self.send(work)
        device = record.device_in
        if device is None:
            return self.wait()
        record.device_in = device.link
        device.datum = work.data[index]
        work.datum = index + 1
        return self.send(device)


class IdleTask(Task):
    def step(self, packet, record):
        record.count -= 1
        if record.count == 0:
            return self.hold()
        if record.control & 1 == 0:
            record.control //= 2
            return self.release(ID_DEVICE_A)
        record.control = (record.control // 2) ^ 0xD008
        return self.release(ID_DEVICE_B)


class WorkerTask(Task):
    def step(self, packet, record):
        if packet is None:
            return self.wait()
        if record.destination == ID_HANDLER_A:
            record.destination = ID_HANDLER_B
        else:
            record.destination = ID_HANDLER_A
        packet.ident = record.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            record.count += 1
            if record.count > 26:
                record.count = 1
            packet.data[i] = ord("A") + record.count - 1
        return self.send(packet)


class System(object):
    def __init__(self):
        self.tasks = [None] * (NUM_TASKS + 1)
        self.task_list = None
        self.hold_count = 0
        self.queue_count = 0
        self.traced = []

    def register(self, task):
        self.tasks[task.ident] = task
        previous = self.task_list
        self.task_list = task
        return previous

    def find(self, ident):
        task = self.tasks[ident]
        if task is None:
            raise KeyError(ident)
        return task

    def trace(self, value):
        self.traced.append(chr(value))

    def schedule(self):
        task = self.task_list
        switches = 0
        while task is not None:
            if task.is_held_or_suspended():
                task = task.link
            else:
                switches += 1
                task = task.run()
        return switches


def build(idle_count):
    system = System()
    IdleTask(system, ID_IDLE, 1, None, TaskState().set_running(), IdleRecord(idle_count))
    queue = Packet(None, 0, KIND_WORK)
    queue = Packet(queue, 0, KIND_WORK)
    WorkerTask(system, ID_WORKER, 1000, queue, TaskState().set_waiting_with_packet(),
               WorkerRecord())
    for handler_id, device_id, priority in ((ID_HANDLER_A, ID_DEVICE_A, 2000),
                                            (ID_HANDLER_B, ID_DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device_id, KIND_DEVICE)
        HandlerTask(system, handler_id, priority, queue, TaskState().set_waiting_with_packet(),
                    HandlerRecord())
    DeviceTask(system, ID_DEVICE_A, 4000, None, TaskState().set_waiting(), DeviceRecord())
    DeviceTask(system, ID_DEVICE_B, 5000, None, TaskState().set_waiting(), DeviceRecord())
    return system


def main():
    system = build(SIZE)
    switches = system.schedule()
    text = "".join(system.traced)
    checksum = 0
    for ch in text:
        checksum = (checksum * 31 + ord(ch)) % 1000003
    print("queue count:", system.queue_count)
    print("hold count:", system.hold_count)
    print("task switches:", switches)
    print("trace length:", len(text), "checksum:", checksum)
    print("trace head:", text[:40])
    try:
        system.find(0)
    except KeyError as e:
        print("lookup failed:", type(e).__name__, e)


main()
