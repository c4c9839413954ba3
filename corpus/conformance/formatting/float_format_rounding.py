# Float formatting: round-half-even on exact binary values, f/e/g/% switch points, inf/nan/-0.0, precision 0.

halves = [0.125, 0.375, 2.675, 1.005, 0.5, 1.5, 2.5, -0.5, -1.5, 1e-5]
for x in halves:
    print(f"{x!r:>8} .0f={x:.0f} .1f={x:.1f} .2f={x:.2f} .1e={x:.1e} %={x:.0%}")

# 'g' switches to exponent when exp < -4 or exp >= precision
for x in [0.0001, 0.00001, 123456.0, 1234567.0, 1e15, 1e16, 0.1 + 0.2, 100.0, 1.5e-7, 12345.6789]:
    print(f"{x!r:>22} g={x:g} .3g={x:.3g} #.3g={x:#.3g} .10g={x:.10g} none={format(x, '')} .2={x:.2}")

# Specials
inf, nan = float("inf"), float("nan")
for v in (inf, -inf, nan, -0.0, 0.0):
    print(f"[{v}] [{v:f}] [{v:F}] [{v:e}] [{v:E}] [{v:g}] [{v:+.2f}] [{v:08.2f}] [{v:%}] [{v:>7}]")
print("%f %e %g %F %E %G" % (inf, -inf, nan, inf, nan, -inf))

# Precision limits and very large/small magnitudes
print(f"{1 / 3:.20f}", f"{2 ** 0.5:.17g}", f"{0.1:.25f}", f"{1e300:.3e}", f"{5e-324:.3g}")
print(f"{1e22:f}", f"{1e23:.0f}", f"{123.456:.0e}", f"{9.9999:.3f}", f"{9.9995:.3f}", f"{-9.99:.0f}")

# int formatted with float codes
print(f"{7:f} {7:e} {7:g} {7:%} {-7:.2f} {10 ** 17:g} {10 ** 17:.0f} {2 ** 64:e}")

# Percent with different precisions and a progress display
done, total = 37, 120
for prec in (0, 1, 2):
    print(f"progress {done / total:.{prec}%}")
bar_w = 20
for frac in (0.0, 0.049, 0.5, 0.999, 1.0):
    filled = int(frac * bar_w)
    print(f"[{'#' * filled:<{bar_w}}] {frac:6.1%}")

# Statistics summary with consistent precision
samples = [12.5, 13.75, 11.0, 14.2, 12.95]
mean = sum(samples) / len(samples)
var = sum((s - mean) ** 2 for s in samples) / (len(samples) - 1)
print(f"n={len(samples)} mean={mean:.3f} var={var:.4f} sd={var ** 0.5:.4f} min={min(samples):.1f}")
print(f"scientific: mean={mean:.2e} var={var:.2E}; general: {mean:g} {var:g}")
