# tauraro-bench: tiny=12 real=120
# ray tracer: Vector with operator overloading, spheres and a checkered plane, shadows, reflections
import math

SIZE = 12

EPSILON = 1e-5
MAX_DEPTH = 3


class Vector(object):
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return "Vector(%.4f, %.4f, %.4f)" % (self.x, self.y, self.z)

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k, self.z * k)
        return NotImplemented

    def __rmul__(self, k):
        return self.__mul__(k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def blend(self, other):
        return Vector(self.x * other.x, self.y * other.y, self.z * other.z)

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.magnitude())


class Ray(object):
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + t * self.direction


class Sphere(object):
    def __init__(self, center, radius, color, reflect):
        self.center, self.radius, self.color, self.reflect = center, radius, color, reflect

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        for t in (-b - root, -b + root):
            if t > EPSILON:
                return t
        return None

    def normal_at(self, p):
        return (p - self.center).normalized()

    def color_at(self, p):
        return self.color


class Plane(object):
    def __init__(self, point, normal, reflect):
        self.point, self.normal, self.reflect = point, normal.normalized(), reflect

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, p):
        return self.normal

    def color_at(self, p):
        if (math.floor(p.x) + math.floor(p.z)) % 2 == 0:
            return Vector(0.9, 0.9, 0.9)
        return Vector(0.15, 0.15, 0.2)


class Scene(object):
    def __init__(self):
        self.objects = [
            Sphere(Vector(0.0, 1.0, 5.0), 1.0, Vector(0.9, 0.2, 0.2), 0.3),
            Sphere(Vector(-2.0, 0.6, 6.5), 0.6, Vector(0.2, 0.8, 0.3), 0.1),
            Sphere(Vector(1.8, 0.5, 4.0), 0.5, Vector(0.3, 0.4, 0.9), 0.6),
            Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), 0.25),
        ]
        self.light = Vector(-4.0, 6.0, 1.0)
        self.ambient = 0.12
        self.rays = 0

    def nearest(self, ray):
        best, best_t = None, None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best, best_t = obj, t
        return best, best_t

    def trace(self, ray, depth):
        self.rays += 1
        obj, t = self.nearest(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return (1.0 - k) * Vector(1.0, 1.0, 1.0) + k * Vector(0.4, 0.6, 1.0)
        hit = ray.point_at(t)
        normal = obj.normal_at(hit)
        to_light = self.light - hit
        distance = to_light.magnitude()
        shadow_ray = Ray(hit + normal * EPSILON, to_light)
        blocker, bt = self.nearest(shadow_ray)
        lit = blocker is None or bt > distance
        diffuse = max(0.0, normal.dot(shadow_ray.direction)) if lit else 0.0
        color = obj.color_at(hit) * (self.ambient + 0.88 * diffuse)
        if obj.reflect > 0.0 and depth < MAX_DEPTH:
            d = ray.direction
            bounce = d - normal * (2.0 * d.dot(normal))
            reflected = self.trace(Ray(hit + normal * EPSILON, bounce), depth + 1)
            color = color * (1.0 - obj.reflect) + reflected * obj.reflect
        return color


def to_byte(v):
    if v <= 0.0:
        return 0
    if v >= 1.0:
        return 255
    return int(v * 255.0)


def render(width, height):
    scene = Scene()
    eye = Vector(0.0, 1.2, -1.0)
    rows = []
    for j in range(height):
        row = []
        for i in range(width):
            u = (i + 0.5) / width * 2.0 - 1.0
            v = 1.0 - (j + 0.5) / height * 2.0
            direction = Vector(u * width / height, v, 1.6)
            c = scene.trace(Ray(eye, direction), 0)
            row.append((to_byte(c.x), to_byte(c.y), to_byte(c.z)))
        rows.append(row)
    return rows, scene.rays


def main(width):
    height = width * 3 // 4
    image, rays = render(width, height)
    checksum = 0
    brightest = (0, None)
    for j, row in enumerate(image):
        for i, (r, g, b) in enumerate(row):
            checksum = (checksum * 257 + r * 3 + g * 5 + b * 7) % 2147483647
            if r + g + b > brightest[0]:
                brightest = (r + g + b, (i, j))
    print("image %dx%d, rays traced: %d" % (width, height, rays))
    print("checksum:", checksum)
    print("brightest:", brightest)
    print("center pixel:", image[height // 2][width // 2])
    shades = " .:-=+*#%@"
    step = max(1, width // 16)
    for j in range(0, height, step * 2):
        print("".join(shades[sum(image[j][i]) * 9 // 765] for i in range(0, width, step)))
    a = Vector(1.0, -2.0, 0.5)
    print(-a, 2 * a, a * 0.5, (a - a).magnitude())
    try:
        a * a
    except TypeError as e:
        print(type(e).__name__, e)


main(SIZE)
