# frozenset as dict keys and set members: undirected route table, lookups by unordered pairs.
routes = {}


def add_route(a, b, km):
    key = frozenset((a, b))
    if key in routes:
        print(f"route {a}-{b} already known ({routes[key]} km), keeping shorter")
        km = min(km, routes[key])
    routes[key] = km


add_route("oslo", "bergen", 463)
add_route("bergen", "oslo", 470)   # same unordered pair
add_route("oslo", "trondheim", 494)
add_route("bergen", "stavanger", 210)
add_route("trondheim", "bodo", 720)

print(len(routes))
print(routes[frozenset(["bergen", "oslo"])])
print(routes.get(frozenset({"oslo", "bodo"}), "no direct route"))


def describe(key):
    return "-".join(sorted(key))


for key in sorted(routes, key=describe):
    print(f"  {describe(key):18} {routes[key]:4} km")

# A plain set cannot be a key, but a frozenset with equal content finds the entry.
try:
    routes[{"oslo", "bergen"}]
except TypeError as e:
    print(type(e).__name__, e)
probe = {"oslo", "bergen"}
print(routes[frozenset(probe)])

# A set of frozensets deduplicates unordered pairs.
pairs = [(1, 2), (2, 1), (3, 4), (4, 3), (1, 3), (2, 2)]
unique = {frozenset(p) for p in pairs}
print(len(unique))
print(sorted(sorted(p) for p in unique))
print(frozenset([2, 2]) in unique, frozenset([2]) in unique, frozenset([2, 1]) in unique)

# Frozensets support the same algebra and return frozensets.
west = frozenset(["bergen", "stavanger"])
north = frozenset(["trondheim", "bodo"])
cities = frozenset().union(*routes)
print(sorted(cities), type(cities).__name__)
print(sorted(cities - west - north), sorted(west | north))
print(west.isdisjoint(north), west < cities, (west & north) == frozenset())

# Frozensets have no mutating methods.
try:
    west.add("oslo")
except AttributeError as e:
    print(type(e).__name__, e)

# Counting cities by degree via the key sets.
degree = {}
for key in routes:
    for city in sorted(key):
        degree[city] = degree.get(city, 0) + 1
print(sorted(degree.items(), key=lambda kv: (-kv[1], kv[0])))

# A frozenset of ints prints in a stable order; equality ignores construction order.
print(frozenset([3, 1, 2]) == frozenset(range(1, 4)), frozenset([3, 1, 2]))
nested = {frozenset([1]): "one", frozenset([1, 2]): "one-two", frozenset(): "none"}
print(nested[frozenset()], nested[frozenset([2, 1])], len(nested))
